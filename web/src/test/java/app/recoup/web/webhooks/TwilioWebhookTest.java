package app.recoup.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.web.ApplicationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twilio's webhooks in the running application, signed the way Twilio signs them (HMAC-SHA1 of the
 * URL and the sorted form parameters with the account's auth token).
 */
@ApplicationTest
class TwilioWebhookTest {

  static final String TOKEN = ApplicationTest.TWILIO_TOKEN;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSignedReplyLandsOnTheCustomersOpenCase() throws Exception {
    long caseId = openCaseFor("+14155550123");
    var form =
        Map.of(
            "MessageSid",
            "SMreply1",
            "From",
            "+14155550123",
            "To",
            "+15005550006",
            "Body",
            "Will pay Friday");

    var response = post("/webhooks/twilio/sms", form, sign("/webhooks/twilio/sms", form));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Response>");
    assertThat(timeline(caseId, "reply.received")).containsExactly("sms reply: Will pay Friday");
  }

  @Test
  void aWrongOrMissingSignatureIsRefusedAndChangesNothing() throws Exception {
    long caseId = openCaseFor("+14155550124");
    var form = Map.of("MessageSid", "SMforged", "From", "+14155550124", "Body", "STOP");
    var otherForm = Map.of("MessageSid", "SMforged", "From", "+14155550124", "Body", "hello");

    assertThat(
            post("/webhooks/twilio/sms", form, sign("/webhooks/twilio/sms", otherForm))
                .statusCode())
        .isEqualTo(403);
    assertThat(post("/webhooks/twilio/sms", form, null).statusCode()).isEqualTo(403);
    assertThat(
            post(
                    "/webhooks/twilio/status",
                    Map.of("MessageSid", "SMx", "MessageStatus", "failed"),
                    "bogus")
                .statusCode())
        .isEqualTo(403);

    assertThat(
            jdbc.sql("select count(*) from inbound_message where external_id = 'SMforged'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from sms_opt_out where phone = '+14155550124'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(timeline(caseId, "sms.opt-out")).isEmpty();
  }

  @Test
  void aSignedStatusCallbackUpdatesTheOutboxRow() throws Exception {
    long caseId = openCaseFor("+14155550125");
    jdbc.sql(
            """
            insert into outbox_message (idempotency_key, case_id, channel, recipient, text_body, status, provider_id)
            values ('webhook-status', ?, 'SMS', '+14155550125', 'hi', 'SENT', 'SMstatus1')
            """)
        .param(caseId)
        .update();
    var form = Map.of("MessageSid", "SMstatus1", "MessageStatus", "delivered", "AccountSid", "AC1");

    assertThat(
            post("/webhooks/twilio/status", form, sign("/webhooks/twilio/status", form))
                .statusCode())
        .isEqualTo(204);

    assertThat(
            jdbc.sql("select delivery_status from outbox_message where provider_id = 'SMstatus1'")
                .query(String.class)
                .single())
        .isEqualTo("delivered");
    assertThat(timeline(caseId, "sms.delivered")).hasSize(1);
  }

  @Test
  void aSignedRequestWithoutItsFieldsIsABadRequestNamingThem() throws Exception {
    var form = Map.of("Body", "hello");
    var response = post("/webhooks/twilio/sms", form, sign("/webhooks/twilio/sms", form));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"detail\":\"MessageSid and From are required\"")
        .contains("{\"field\":\"MessageSid\",\"message\":\"is required\"}")
        .contains("{\"field\":\"From\",\"message\":\"is required\"}");
  }

  @Test
  void aSignedWhatsAppReplyPausesTheCustomersOpenCaseLikeAnSms() throws Exception {
    long caseId = openCaseFor("+14155550126");
    var form =
        Map.of(
            "MessageSid",
            "SMwhatsapp1",
            "From",
            "whatsapp:+14155550126",
            "To",
            "whatsapp:+15005550007",
            "Body",
            "Paying next week");

    var response = post("/webhooks/twilio/whatsapp", form, sign("/webhooks/twilio/whatsapp", form));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(timeline(caseId, "reply.received"))
        .containsExactly("whatsapp reply: Paying next week");
    assertThat(replyEventsFor(caseId)).containsExactly("WHATSAPP");
    assertThat(
            jdbc.sql("select sender from inbound_message where external_id = 'SMwhatsapp1'")
                .query(String.class)
                .single())
        .isEqualTo("+14155550126");
  }

  @Test
  void aForgedWhatsAppOrStatusIsRefusedAndChangesNothing() throws Exception {
    long caseId = openCaseFor("+14155550127");
    sentWhatsApp(caseId, "SMwhatsappForged");
    var form = Map.of("MessageSid", "SMwaForged", "From", "whatsapp:+14155550127", "Body", "Paid");
    var status = Map.of("MessageSid", "SMwhatsappForged", "MessageStatus", "failed");

    assertThat(
            post(
                    "/webhooks/twilio/whatsapp",
                    form,
                    sign("/webhooks/twilio/whatsapp", Map.of("MessageSid", "SMwaForged")))
                .statusCode())
        .isEqualTo(403);
    assertThat(post("/webhooks/twilio/whatsapp", form, null).statusCode()).isEqualTo(403);
    assertThat(
            post(
                    "/webhooks/twilio/whatsapp/status",
                    status,
                    sign("/webhooks/twilio/status", status))
                .statusCode())
        .isEqualTo(403);

    assertThat(
            jdbc.sql("select count(*) from inbound_message where external_id = 'SMwaForged'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(timeline(caseId, "reply.received")).isEmpty();
    assertThat(replyEventsFor(caseId)).isEmpty();
    assertThat(
            jdbc.sql(
                    "select coalesce(delivery_status, 'none') from outbox_message where provider_id = 'SMwhatsappForged'")
                .query(String.class)
                .single())
        .isEqualTo("none");
    assertThat(timeline(caseId, "whatsapp.failed")).isEmpty();
  }

  @Test
  void aSignedWhatsAppStatusCallbackUpdatesTheOutboxRowAndTheTimeline() throws Exception {
    long caseId = openCaseFor("+14155550128");
    sentWhatsApp(caseId, "SMwhatsappStatus");

    for (String status : java.util.List.of("delivered", "read")) {
      var form = Map.of("MessageSid", "SMwhatsappStatus", "MessageStatus", status);
      assertThat(
              post(
                      "/webhooks/twilio/whatsapp/status",
                      form,
                      sign("/webhooks/twilio/whatsapp/status", form))
                  .statusCode())
          .isEqualTo(204);
    }

    assertThat(
            jdbc.sql(
                    "select delivery_status from outbox_message where provider_id = 'SMwhatsappStatus'")
                .query(String.class)
                .single())
        .isEqualTo("read");
    assertThat(timeline(caseId, "whatsapp.delivered"))
        .containsExactly("WhatsApp message to +14155550128 delivered");
    assertThat(timeline(caseId, "whatsapp.read")).hasSize(1);
    assertThat(timeline(caseId, "sms.delivered")).isEmpty();
  }

  private void sentWhatsApp(long caseId, String providerId) {
    jdbc.sql(
            """
            insert into outbox_message (idempotency_key, case_id, channel, recipient, text_body, status, provider_id)
            values (?, ?, 'WHATSAPP', (select phone from customer_contact cc
                                         join invoice i on i.customer_id = cc.customer_id
                                         join collection_case c on c.invoice_id = i.id where c.id = ?),
                    'hi', 'SENT', ?)
            """)
        .params("webhook-" + providerId, caseId, caseId, providerId)
        .update();
  }

  /** The channels of the replies waiting for (or delivered to) the case's workflow. */
  private java.util.List<String> replyEventsFor(long caseId) {
    return jdbc.sql(
            """
            select e.payload::json ->> 'channel' from workflow_event e
              join collection_case c on c.invoice_id = e.invoice_id
             where c.id = ? and e.kind = 'REPLY'
            """)
        .param(caseId)
        .query(String.class)
        .list();
  }

  private long openCaseFor(String phone) {
    long customer =
        jdbc.sql("insert into customer (name) values (?) returning id")
            .param("Webhook customer " + phone)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, email, phone) values (?, 0, 'ap@customer.test', ?)")
        .params(customer, phone)
        .update();
    long invoice =
        jdbc.sql(
                """
                insert into invoice (number, customer_id, currency, total, issue_date, due_date)
                values (?, ?, 'USD', 100, current_date - 40, current_date - 10) returning id
                """)
            .params("WH-" + phone, customer)
            .query(Long.class)
            .single();
    return jdbc.sql(
            "insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
        .params(invoice, "invoice-WH-" + phone)
        .query(Long.class)
        .single();
  }

  private java.util.List<String> timeline(long caseId, String type) {
    return jdbc.sql("select details from timeline_event where case_id = ? and type = ?")
        .params(caseId, type)
        .query(String.class)
        .list();
  }

  private String sign(String path, Map<String, String> form) throws Exception {
    StringBuilder data = new StringBuilder("http://localhost:" + port + path);
    new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String signature)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
