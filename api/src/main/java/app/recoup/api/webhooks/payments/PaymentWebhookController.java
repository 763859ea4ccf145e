package app.recoup.api.webhooks.payments;

import app.recoup.api.problems.Problems;
import app.recoup.api.webhooks.PaymentNotificationIntake;
import app.recoup.ledger.PostgresText;
import app.recoup.ledger.payments.PaymentNotifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment notifications from any processor or accounting tool. A verified body is stored and
 * answered 200 as soon as it is committed ("stored, will be applied"); the event relay applies it
 * right after, so the sender waits for one insert, not for cash application.
 */
@Tag(name = "webhooks")
@SecurityRequirements
@RestController
class PaymentWebhookController {

  private static final String NUL_REFUSAL = "body contains a NUL character, raw or escaped";

  static final int MAX_BODY_CHARS = 256 * 1024;

  private final WebhookSignature signature;
  private final GenericPaymentParser parser;
  private final PaymentNotifications notifications;
  private final PaymentNotificationIntake intake;

  PaymentWebhookController(
      @Value("${recoup.webhooks.payments.secret:}") String secret,
      ObjectProvider<Clock> clock,
      GenericPaymentParser parser,
      PaymentNotifications notifications,
      PaymentNotificationIntake intake) {
    this.signature =
        secret.isBlank()
            ? null
            : new WebhookSignature(secret, clock.getIfAvailable(Clock::systemUTC));
    this.parser = parser;
    this.notifications = notifications;
    this.intake = intake;
  }

  @Operation(
      summary = "A signed payment notification: 200 means stored, will be applied",
      description =
          "Answers 200 once the verified body is durably stored, before it is applied: the"
              + " answer's status is PENDING for a new notification, and the event relay applies it right"
              + " after, also after a crash or restart (GET /api/payment-notifications/{id} shows the"
              + " outcome). The same body again answers redelivery: true and changes nothing.")
  @PostMapping(path = "/webhooks/payments", produces = "application/json")
  ResponseEntity<?> receive(
      @RequestHeader(name = "X-Recoup-Timestamp", required = false) String timestamp,
      @RequestHeader(name = "X-Recoup-Signature", required = false) String signed,
      @RequestBody(required = false) String body) {
    if (signature == null) {
      return error(HttpStatus.SERVICE_UNAVAILABLE, null, "payment webhook secret not configured");
    }
    if (body == null || body.isEmpty()) {
      return error(HttpStatus.BAD_REQUEST, "body", "body is empty");
    }
    if (body.length() > MAX_BODY_CHARS) {
      return error(HttpStatus.CONTENT_TOO_LARGE, "body", "body is larger than 256 KiB");
    }
    String refusal = signature.refusal(timestamp, signed, body);
    if (refusal != null) {
      notifications.storeIgnored(GenericPaymentParser.SOURCE, body, false, refusal);
      return error(HttpStatus.UNAUTHORIZED, null, refusal);
    }
    if (PostgresText.hasNul(body)) {
      notifications.storeIgnored(GenericPaymentParser.SOURCE, body, true, NUL_REFUSAL);
      return error(HttpStatus.BAD_REQUEST, "body", NUL_REFUSAL);
    }
    String externalId;
    try {
      externalId = parser.externalId(body);
      parser.parse(body);
    } catch (MalformedNotification e) {
      notifications.storeIgnored(GenericPaymentParser.SOURCE, body, true, e.getMessage());
      return error(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }
    var stored = intake.store(GenericPaymentParser.SOURCE, externalId, body);
    return ResponseEntity.ok(
        Map.of(
            "notification_id", stored.id(),
            "status", stored.status().name(),
            "redelivery", stored.redelivery(),
            "outcome", stored.outcome() == null ? "" : stored.outcome()));
  }

  private static ResponseEntity<ProblemDetail> error(
      HttpStatus status, String field, String message) {
    return Problems.answer(status, message, field);
  }
}
