package app.recoup.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceStatus;
import app.recoup.ledger.relay.WorkflowEventKind;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.web.cases.Eventually;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PaymentsApplicationTest
class PaymentWebhookTest extends PaymentsFixture {

  /** As {@link PaymentsApplicationTest} configures it. */
  static final int UNVERIFIED_KEPT = 25;

  private static final String SOURCE = "payments";

  private static final String SECRET = "generic-test-secret";

  @Autowired PublishedEvents events;
  @Autowired DataSource dataSource;
  @Autowired WorkflowEvents relayEvents;

  @Test
  void aFullPaymentMarksThePaidInvoiceAndTellsTheCase() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "120.00");
    long caseId = books.openCase(invoice);

    var response = deliver(single(invoice.getNumber(), "120.00", "EUR", newId()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"PENDING\"");
    assertThat(appliedStatus(response)).isEqualTo("PROCESSED");
    Invoice paid = books.reload(invoice);
    assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.getBalance()).isEqualByComparingTo("0");
    assertThat(events.heardOf(invoice.getId())).isTrue();
    assertThat(books.timeline(caseId))
        .singleElement()
        .asString()
        .startsWith("PAYMENT_RECEIVED: 120.00 EUR via payments");
  }

  @Test
  void partialPaymentsLowerTheBalanceUntilItIsPaid() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");

    deliver(single(invoice.getNumber(), "30.00", "EUR", newId()));
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("70.00");
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);

    deliver(single(invoice.getNumber(), 70, "EUR", newId()));
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.payments(invoice)).isEqualTo(2);
  }

  @Test
  void onePaymentMayListSeveralInvoicesWithTheirAmounts() throws Exception {
    Invoice first = books.invoice(customer, "USD", "100.00");
    Invoice second = books.invoice(customer, "USD", "50.00");
    String body =
        """
        {"external_id":"%s","currency":"USD","paid_at":"2026-11-20T10:00:00Z",
         "invoices":[{"number":"%s","amount":"100.00"},{"number":"%s","amount":20.5}]}
        """
            .formatted(newId(), first.getNumber(), second.getNumber());

    assertThat(deliver(body).statusCode()).isEqualTo(200);

    assertThat(books.reload(first).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.reload(second).getBalance()).isEqualByComparingTo("29.50");
  }

  @Test
  void theSameDeliveryTwiceChangesNothing() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String body = single(invoice.getNumber(), "40.00", "EUR", newId());

    deliver(body);
    var again = deliver(body);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"redelivery\":true");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("60.00");
    assertThat(books.payments(invoice)).isEqualTo(1);
    assertThat(
            jdbc.sql("select deliveries from payment_notification where body = :b")
                .param("b", body)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void redeliveriesInAnotherOrderApplyEachPaymentOnceAndQueueNothingNew() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String first = single(invoice.getNumber(), "10.00", "EUR", newId());
    String second = single(invoice.getNumber(), "20.00", "EUR", newId());

    deliver(second);
    deliver(first);
    var firstAgain = deliver(first);
    var secondAgain = deliver(second);

    assertThat(firstAgain.body())
        .contains("\"status\":\"PROCESSED\"")
        .contains("\"redelivery\":true");
    assertThat(secondAgain.body())
        .contains("\"status\":\"PROCESSED\"")
        .contains("\"redelivery\":true");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("70.00");
    assertThat(books.payments(invoice)).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from workflow_event where kind = 'PAYMENT_NOTIFICATION' and payload in"
                        + " (select id::text from payment_notification where body in (:bodies))")
                .param("bodies", List.of(first, second))
                .query(Long.class)
                .single())
        .as("one relay event per stored notification")
        .isEqualTo(2);
  }

  @Test
  void aNotificationWhoseRowARedeliveryHoldsWhenTheRelayComesIsAppliedOnceItIsFree()
      throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    HttpResponse<String> stored;
    try (Connection redelivery = dataSource.getConnection();
        Statement counting = redelivery.createStatement()) {
      redelivery.setAutoCommit(false);
      try (Connection relayHeldBack = dataSource.getConnection();
          Statement lock = relayHeldBack.createStatement()) {
        lock.execute("select pg_advisory_lock(" + WorkflowEvents.RELAY_LOCK + ")");
        stored = post(single(invoice.getNumber(), "25.00", "EUR", newId()));
        // a redelivery of the same body counts itself on the row and has not committed yet
        counting.execute(
            "update payment_notification set deliveries = deliveries + 1 where id = "
                + notificationId(stored));
        lock.execute("select pg_advisory_unlock(" + WorkflowEvents.RELAY_LOCK + ")");
      }
      Eventually.within(
          Duration.ofSeconds(10),
          "the relay came while the row was held",
          () ->
              jdbc.sql(
                          "select count(*) from workflow_event where kind = 'PAYMENT_NOTIFICATION'"
                              + " and payload = :id and (attempts > 0 or delivered_at is not null)")
                      .param("id", Long.toString(notificationId(stored)))
                      .query(Long.class)
                      .single()
                  == 1);
      redelivery.commit();
    }

    assertThat(appliedStatus(stored)).isEqualTo("PROCESSED");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("75.00");
  }

  @Test
  void aNotificationThatCannotBeAppliedIsRetriedAloneWhileTheOthersOfItsRelayPassAreApplied()
      throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    HttpResponse<String> stored;
    long unreadable;
    try (Connection relayHeldBack = dataSource.getConnection();
        Statement lock = relayHeldBack.createStatement()) {
      lock.execute("select pg_advisory_lock(" + WorkflowEvents.RELAY_LOCK + ")");
      // a stored notification of a source nobody handles: applying it throws
      unreadable =
          jdbc.sql(
                  "insert into payment_notification (source, external_id, body, body_sha256, signature_verified)"
                      + " values ('nobody', :id, '{}', :id, true) returning id")
              .param("id", newId())
              .query(Long.class)
              .single();
      relayEvents.recordWithoutInvoice(
          WorkflowEventKind.PAYMENT_NOTIFICATION, Long.toString(unreadable), Instant.now());
      stored = post(single(invoice.getNumber(), "25.00", "EUR", newId()));
      lock.execute("select pg_advisory_unlock(" + WorkflowEvents.RELAY_LOCK + ")");
    }

    assertThat(appliedStatus(stored)).isEqualTo("PROCESSED");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("75.00");
    assertThat(
            jdbc.sql("select status from payment_notification where id = :id")
                .param("id", unreadable)
                .query(String.class)
                .single())
        .isEqualTo("PENDING");
    assertThat(
            jdbc.sql(
                    "select last_error from workflow_event where kind = 'PAYMENT_NOTIFICATION' and payload = :id"
                        + " and delivered_at is null")
                .param("id", Long.toString(unreadable))
                .query(String.class)
                .single())
        .as("waits for a retry, saying why")
        .contains("no handler for source nobody");
    // the other tests of this application need not see it retried
    jdbc.sql(
            "update workflow_event set delivered_at = now() where kind = 'PAYMENT_NOTIFICATION' and payload = :id")
        .param("id", Long.toString(unreadable))
        .update();
    jdbc.sql("update payment_notification set status = 'IGNORED' where id = :id")
        .param("id", unreadable)
        .update();
  }

  @Test
  void concurrentDeliveriesAreAppliedExactlyOnceAndConcurrentPaymentsAllCount() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String once = single(invoice.getNumber(), "10.00", "EUR", newId());
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      bodies.add(once);
      bodies.add(single(invoice.getNumber(), "5.00", "EUR", newId()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (String body : bodies) {
      sent.add(pool.submit(() -> deliver(body)));
    }
    for (Future<HttpResponse<String>> response : sent) {
      assertThat(response.get().statusCode()).isEqualTo(200);
    }
    pool.shutdown();

    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("50.00");
    assertThat(books.payments(invoice)).isEqualTo(9);
  }

  @Test
  void theSameExternalIdWithOtherContentIsADuplicateForAPerson() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String id = newId();

    deliver(single(invoice.getNumber(), "40.00", "EUR", id));
    var conflicting = deliver(single(invoice.getNumber(), "45.00", "EUR", id));

    assertThat(appliedStatus(conflicting)).isEqualTo("EXCEPTION");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("60.00");
    assertThat(books.exceptionReasons(invoice.getNumber())).containsExactly("DUPLICATE");
  }

  @Test
  void paymentsNobodyCanPlaceGoToTheExceptionQueue() throws Exception {
    Invoice paid = books.invoice(customer, "EUR", "10.00");
    deliver(single(paid.getNumber(), "10.00", "EUR", newId()));
    Invoice inDollars = books.invoice(customer, "USD", "10.00");
    Invoice small = books.invoice(customer, "EUR", "10.00");
    String unknown = "NOPE-" + UUID.randomUUID();

    deliver(single(unknown, "10.00", "EUR", newId()));
    deliver(single(inDollars.getNumber(), "10.00", "EUR", newId()));
    deliver(single(paid.getNumber(), "10.00", "EUR", newId()));
    deliver(single(small.getNumber(), "15.00", "EUR", newId()));

    assertThat(books.exceptionReasons(unknown)).containsExactly("UNKNOWN_REFERENCE");
    assertThat(books.exceptionReasons(inDollars.getNumber())).containsExactly("CURRENCY_MISMATCH");
    assertThat(books.exceptionReasons(paid.getNumber())).containsExactly("DUPLICATE");
    assertThat(books.exceptionReasons(small.getNumber())).containsExactly("OVERPAY");
    assertThat(books.reload(small).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.reload(inDollars).getBalance()).isEqualByComparingTo("10.00");
  }

  @Test
  void oneAmountForSeveralInvoicesIsAppliedOnlyWhenItSettlesThemAll() throws Exception {
    Invoice a = books.invoice(customer, "EUR", "60.00");
    Invoice b = books.invoice(customer, "EUR", "40.00");
    String both = a.getNumber() + "," + b.getNumber();

    deliver(lump(both, "90.00", newId()));
    assertThat(books.exceptionReasons(both)).containsExactly("SHORT_PAY");
    assertThat(books.reload(a).getBalance()).isEqualByComparingTo("60.00");

    deliver(lump(both, "100.00", newId()));
    assertThat(books.reload(a).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.reload(b).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void badSignaturesAndStaleTimestampsAreRefusedAndApplyNothing() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String body = single(invoice.getNumber(), "100.00", "EUR", newId());
    long now = Instant.now().getEpochSecond();

    var forged = post(body, now, "sha256=" + hmac("wrong-secret", now + "." + body));
    var stale = post(body, now - 301, "sha256=" + hmac(SECRET, (now - 301) + "." + body));
    var unsigned =
        http.send(
            HttpRequest.newBuilder(http.uri("/webhooks/payments"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(stale.body()).contains("tolerance");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("100.00");
    assertThat(
            jdbc.sql(
                    "select count(*) from payment_notification where body = :b and not signature_verified")
                .param("b", body)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void unverifiedBodiesAreKeptOnlyInPart() throws Exception {
    String large = single("INV-" + "X".repeat(20_000), "1.00", "EUR", newId());
    long now = Instant.now().getEpochSecond();

    assertThat(post(large, now, "sha256=00").statusCode()).isEqualTo(401);

    assertThat(
            jdbc.sql(
                    "select length(body) from payment_notification where outcome like :o"
                        + " order by id desc limit 1")
                .param("o", "%cut from " + large.length() + " characters%")
                .query(Integer.class)
                .single())
        .isEqualTo(8 * 1024);
  }

  @Test
  void anUnsignedBodyWithANulByteIsRefusedAsUnsignedAndKeptReadably() throws Exception {
    String marker = newId();
    String body = "{\"external_id\":\"" + marker + "\0\"}";

    var response = post(body, Instant.now().getEpochSecond(), "sha256=00");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(
            jdbc.sql("select body from payment_notification where body like :m")
                .param("m", "%" + marker + "%")
                .query(String.class)
                .single())
        .isEqualTo("{\"external_id\":\"" + marker + "\\u0000\"}");
  }

  @Test
  void onlyTheNewestUnverifiedDeliveriesAreKept() throws Exception {
    long now = Instant.now().getEpochSecond();
    String marker = newId();
    for (int i = 0; i < UNVERIFIED_KEPT + 10; i++) {
      assertThat(post("{\"n\":\"" + marker + "-" + i + "\"}", now, "sha256=00").statusCode())
          .isEqualTo(401);
    }

    assertThat(
            jdbc.sql(
                    "select count(*) from payment_notification where source = :s and not signature_verified")
                .param("s", SOURCE)
                .query(Integer.class)
                .single())
        .isEqualTo(UNVERIFIED_KEPT);
    assertThat(
            jdbc.sql("select count(*) from payment_notification where body like :m")
                .param("m", "%" + marker + "-" + (UNVERIFIED_KEPT + 9) + "%")
                .query(Integer.class)
                .single())
        .isOne();
  }

  @Test
  void malformedBodiesGetA400NamingTheField() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String number = invoice.getNumber();

    assertRejected("{not json", "body");
    assertRejected("[1,2]", "body");
    assertRejected(
        "{\"currency\":\"EUR\",\"paid_at\":\"2026-11-20T10:00:00Z\","
            + "\"invoice_reference\":\""
            + number
            + "\",\"amount\":\"1\"}",
        "external_id");
    assertRejected(single(number, "-5", "EUR", newId()), "amount");
    assertRejected(single(number, "ten", "EUR", newId()), "amount");
    assertRejected(single(number, "1.001", "EUR", newId()), "amount");
    assertRejected(single(number, "1.00", "EURO", newId()), "currency");
    assertRejected(single(number, "1.00", "EUR", newId() + "\u0000"), "body");
    assertRejected(single(number, "1.00", "EUR", newId() + "\\u0000"), "body");
    assertRejected(
        single(number, "1.00", "EUR", newId()).replace("2026-11-20T10:00:00Z", "yesterday"),
        "paid_at");
    assertRejected(
        "{\"external_id\":\"x\",\"currency\":\"EUR\",\"paid_at\":\"2026-11-20T10:00:00Z\","
            + "\"invoices\":[{\"number\":\""
            + number
            + "\"}]}",
        "invoices[0].amount");

    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("100.00");
    assertThat(books.payments(invoice)).isZero();
  }

  private void assertRejected(String body, String field) throws Exception {
    var response = deliver(body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.body()).as(body).contains("\"field\":\"" + field + "\"");
  }

  static String single(String reference, Object amount, String currency, String externalId) {
    String value = amount instanceof String ? "\"" + amount + "\"" : String.valueOf(amount);
    return """
        {"external_id":"%s","invoice_reference":"%s","amount":%s,"currency":"%s","paid_at":"2026-11-20T10:00:00Z"}"""
        .formatted(externalId, reference, value, currency);
  }

  private static String lump(String references, String amount, String externalId) {
    return single(references, amount, "EUR", externalId);
  }

  static String newId() {
    return "pay_" + UUID.randomUUID();
  }

  /** Signed and sent; when stored (200), once the relay applied it. */
  private HttpResponse<String> deliver(String body) throws Exception {
    HttpResponse<String> response = post(body);
    if (response.statusCode() == 200) {
      appliedStatus(response);
    }
    return response;
  }

  /** Signed and sent, answered once stored. */
  private HttpResponse<String> post(String body) throws Exception {
    long now = Instant.now().getEpochSecond();
    return post(body, now, "sha256=" + hmac(SECRET, now + "." + body));
  }

  private HttpResponse<String> post(String body, long timestamp, String signature)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(http.uri("/webhooks/payments"))
            .header("Content-Type", "application/json")
            .header("X-Recoup-Timestamp", Long.toString(timestamp))
            .header("X-Recoup-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String hmac(String secret, String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
