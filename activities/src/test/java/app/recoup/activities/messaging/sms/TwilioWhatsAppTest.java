package app.recoup.activities.messaging.sms;

import static app.recoup.activities.messaging.sms.TwilioSmsTest.created;
import static app.recoup.activities.messaging.sms.TwilioSmsTest.zoneWhereItIs;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WhatsApp through the Twilio SDK against WireMock speaking the Messages API: free-form text inside
 * the 24-hour customer-service window, the Content API template outside it.
 */
class TwilioWhatsAppTest extends ChannelsTest {

  static final String MESSAGES = TwilioSmsTest.MESSAGES;
  static final String TO = "+4915112345678";
  static final String BODY = "Acme: invoice INV-1 is 7 days overdue. Pay: https://x";

  @Autowired SmsSender sender;
  @Autowired Clock clock;

  @Test
  void withoutAMessageFromTheCustomerTheTemplateOpensTheConversation() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM0000000000000000000000000000wa1")));
    long caseId = fixtures.openCase("pat@customer.test", TO);

    OutboxEntry entry = send(caseId);

    assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(entry.providerId()).isEqualTo("SM0000000000000000000000000000wa1");
    TWILIO.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withFormParam("To", equalTo("whatsapp:" + TO))
            .withFormParam("From", equalTo("whatsapp:+15005550007"))
            .withFormParam("ContentSid", equalTo(WHATSAPP_TEMPLATE))
            .withFormParam(
                "ContentVariables",
                equalToJson("{\"1\": \"Acme Widgets\", \"2\": \"Invoice INV-1 is overdue\"}"))
            .withFormParam(
                "StatusCallback",
                equalTo("https://recoup.acme.test/webhooks/twilio/whatsapp/status"))
            .withFormParam("Body", absent()));
  }

  @Test
  void withinADayOfTheCustomersLastWhatsAppTheTextGoesAsWritten() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM0000000000000000000000000000wa2")));
    long caseId = fixtures.openCase("pat@customer.test", TO);
    inbound("WHATSAPP", Duration.ofHours(23));

    assertThat(send(caseId).status()).isEqualTo(OutboxStatus.SENT);

    TWILIO.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withFormParam("To", equalTo("whatsapp:" + TO))
            .withFormParam("Body", equalTo(BODY))
            .withFormParam("ContentSid", absent()));
  }

  @Test
  void aWhatsAppOlderThanADayOrAnSmsDoesNotOpenTheWindow() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM0000000000000000000000000000wa3")));
    long caseId = fixtures.openCase("pat@customer.test", TO);
    inbound("WHATSAPP", Duration.ofHours(25));
    inbound("SMS", Duration.ofHours(1));

    assertThat(send(caseId).status()).isEqualTo(OutboxStatus.SENT);

    TWILIO.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withFormParam("ContentSid", equalTo(WHATSAPP_TEMPLATE))
            .withFormParam("Body", absent()));
  }

  private OutboxEntry send(long caseId) {
    var message =
        OutgoingMessage.whatsApp(
            "touch-" + caseId + "-wa", caseId, TO, "Invoice INV-1\n is overdue", BODY);
    return sender.send(message, zoneWhereItIs(12));
  }

  private void inbound(String channel, Duration ago) {
    jdbc.sql(
            """
            insert into inbound_message (external_id, channel, sender, classification, received_at)
            values (?, ?, ?, 'REPLY', ?)
            """)
        .params(channel + "-" + ago, channel, TO, Timestamp.from(clock.instant().minus(ago)))
        .update();
  }
}
