package app.recoup.activities.messaging.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import app.recoup.ledger.messaging.SmsOptOuts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The Twilio SDK against WireMock speaking the Messages API. */
class TwilioSmsTest extends ChannelsTest {

  static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
  static final String TO = "+4915112345678";

  @Autowired SmsSender sms;
  @Autowired SmsOptOuts optOuts;

  @Test
  void sendsOnceThroughTwilioWithTheStatusCallback() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM00000000000000000000000000000001")));
    long caseId = fixtures.openCase("pat@customer.test", TO);
    var message =
        OutgoingMessage.sms(
            "touch-" + caseId + "-sms", caseId, TO, "Acme: invoice INV-1 is due. Pay: https://x");

    var first = sms.send(message, zoneWhereItIs(12));
    var again = sms.send(message, zoneWhereItIs(12));

    assertThat(first.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(first.providerId()).isEqualTo("SM00000000000000000000000000000001");
    assertThat(again.id()).isEqualTo(first.id());
    TWILIO.verify(
        1,
        postRequestedFor(urlEqualTo(MESSAGES))
            .withHeader("Authorization", containing("Basic "))
            .withRequestBody(containing("To=%2B4915112345678"))
            .withRequestBody(containing("From=%2B15005550006"))
            .withRequestBody(containing("Body=Acme%3A+invoice+INV-1"))
            .withRequestBody(
                containing(
                    "StatusCallback=https%3A%2F%2Frecoup.acme.test%2Fwebhooks%2Ftwilio%2Fstatus")));
  }

  @Test
  void anSmsTwilioAcceptedButNeverAcknowledgedIsNotSentAgain() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM00000000000000000000000000000003")));
    long caseId = fixtures.openCase("pat@customer.test", TO);
    var message = OutgoingMessage.sms("touch-" + caseId + "-sms", caseId, TO, "hello");

    fixtures.withFailingAcknowledgement(
        () ->
            assertThatThrownBy(() -> sms.send(message, zoneWhereItIs(12)))
                .isInstanceOf(DataAccessException.class));
    var retried = sms.send(message, zoneWhereItIs(12));

    assertThat(retried.status()).isEqualTo(OutboxStatus.UNCONFIRMED);
    assertThat(fixtures.tasks(caseId, "message.unconfirmed")).isEqualTo(1);
    TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
  }

  @Test
  void outsideTheWindowNothingIsSentAndTheNextOpeningIsGiven() {
    long caseId = fixtures.openCase("pat@customer.test", TO);
    var message = OutgoingMessage.sms("touch-" + caseId + "-sms", caseId, TO, "hello");

    assertThatThrownBy(() -> sms.send(message, zoneWhereItIs(3)))
        .isInstanceOfSatisfying(
            SmsNotNowException.class,
            notNow ->
                assertThat(notNow.nextAllowed()).isAfter(Instant.now().plusSeconds(4 * 3600)));
    TWILIO.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero();
  }

  @Test
  void anInvalidNumberFailsForGoodAndOpensATask() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(
                twilioError(400, 21211, "The 'To' number +4900 is not a valid phone number.")));
    long caseId = fixtures.openCase("pat@customer.test", "+4900");

    var entry =
        sms.send(
            OutgoingMessage.sms("touch-" + caseId + "-sms", caseId, "+4900", "hello"),
            zoneWhereItIs(12));

    assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(entry.lastError()).contains("21211");
    assertThat(fixtures.tasks(caseId, "message.failed")).isEqualTo(1);
  }

  @Test
  void aTwilioOutageIsRetriedLater() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(twilioError(503, 20503, "Service unavailable")));
    long caseId = fixtures.openCase("pat@customer.test", TO);
    var message = OutgoingMessage.sms("touch-" + caseId + "-sms", caseId, TO, "hello");

    assertThatThrownBy(() -> sms.send(message, zoneWhereItIs(12)))
        .isInstanceOf(TransientDeliveryFailure.class);

    TWILIO.resetAll();
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(created("SM00000000000000000000000000000002")));
    var entry = sms.send(message, zoneWhereItIs(12));
    assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(entry.attempts()).isEqualTo(2);
  }

  @Test
  void anOptedOutNumberGetsNoSms() {
    optOuts.optOut(TO, "test");
    long caseId = fixtures.openCase("pat@customer.test", TO);

    assertThatThrownBy(
            () ->
                sms.send(
                    OutgoingMessage.sms(
                        "touch-" + caseId + "-sms", caseId, "+49 151 1234 5678", "hi"),
                    zoneWhereItIs(12)))
        .isInstanceOf(RecipientOptedOutException.class);
    TWILIO.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
  }

  @Test
  void twilioReportingAnUnsubscribedRecipientRecordsTheOptOut() {
    TWILIO.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(twilioError(400, 21610, "Attempt to send to unsubscribed recipient")));
    long caseId = fixtures.openCase("pat@customer.test", TO);

    var entry =
        sms.send(
            OutgoingMessage.sms("touch-" + caseId + "-sms", caseId, TO, "hi"), zoneWhereItIs(12));

    assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(optOuts.isOptedOut(TO)).isTrue();
  }

  /** A fixed-offset zone in which the local time right now is {@code hour}:xx. */
  static ZoneOffset zoneWhereItIs(int hour) {
    int offset = Math.floorMod(hour - ZonedDateTime.now(ZoneOffset.UTC).getHour() + 11, 24) - 11;
    return ZoneOffset.ofHours(offset);
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"sid": "%s", "account_sid": "%s", "status": "queued", "to": "%s", "from": "+15005550006",
             "body": "hello", "num_segments": "1", "direction": "outbound-api", "api_version": "2010-04-01",
             "price": null, "error_code": null, "error_message": null, "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
            """
                .formatted(sid, ACCOUNT_SID, TO, ACCOUNT_SID, sid));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder twilioError(
      int status, int code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
            """
                .formatted(code, message, code, status));
  }
}
