package app.recoup.api.webhooks.stripe;

import app.recoup.api.problems.Problems;
import app.recoup.api.webhooks.PaymentNotificationIntake;
import app.recoup.ledger.PostgresText;
import app.recoup.ledger.payments.PaymentNotifications;
import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's events, verified with stripe-java against the endpoint's signing secret. Stored first,
 * keyed by event id (a redelivery changes nothing), then applied; anything that fails to apply
 * stays pending for the sweeper, and Stripe still gets its fast 2xx.
 */
@Tag(name = "webhooks")
@SecurityRequirements
@RestController
class StripeWebhookController {

  private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);
  private static final long TOLERANCE_SECONDS = 300;
  private static final int MAX_BODY_CHARS = 512 * 1024;

  private final String secret;
  private final PaymentNotifications notifications;
  private final PaymentNotificationIntake intake;

  StripeWebhookController(
      @Value("${recoup.stripe.webhook-secret:}") String secret,
      PaymentNotifications notifications,
      PaymentNotificationIntake intake) {
    this.secret = secret;
    this.notifications = notifications;
    this.intake = intake;
  }

  @PostMapping(path = "/webhooks/stripe", produces = "application/json")
  ResponseEntity<?> receive(
      @RequestHeader(name = "Stripe-Signature", required = false) String signature,
      @RequestBody(required = false) String body) {
    if (secret.isBlank()) {
      return error(HttpStatus.SERVICE_UNAVAILABLE, "Stripe webhook secret not configured");
    }
    if (body == null || body.isEmpty() || body.length() > MAX_BODY_CHARS) {
      return error(HttpStatus.BAD_REQUEST, "body is empty or larger than 512 KiB");
    }
    if (signature == null || signature.isBlank()) {
      notifications.storeIgnored(StripeEventHandler.SOURCE, body, false, "no Stripe-Signature");
      return error(HttpStatus.UNAUTHORIZED, "missing Stripe-Signature");
    }
    Event event;
    try {
      event = Webhook.constructEvent(body, signature, secret, TOLERANCE_SECONDS);
    } catch (SignatureVerificationException e) {
      notifications.storeIgnored(StripeEventHandler.SOURCE, body, false, e.getMessage());
      return error(HttpStatus.UNAUTHORIZED, e.getMessage());
    } catch (NumberFormatException e) {
      // stripe-java reads the header's t= as a number before it checks anything
      notifications.storeIgnored(
          StripeEventHandler.SOURCE, body, false, "malformed Stripe-Signature");
      return error(HttpStatus.UNAUTHORIZED, "malformed Stripe-Signature");
    } catch (JsonParseException | IllegalStateException e) {
      notifications.storeIgnored(StripeEventHandler.SOURCE, body, false, "not a Stripe event");
      return error(HttpStatus.BAD_REQUEST, "body is not a Stripe event");
    }
    if (event.getId() == null || event.getType() == null || !hasDataObject(body)) {
      notifications.storeIgnored(
          StripeEventHandler.SOURCE, body, true, "event without id, type or data");
      return error(HttpStatus.BAD_REQUEST, "event needs id, type, created and data.object");
    }
    if (PostgresText.hasNul(body)) {
      notifications.storeIgnored(
          StripeEventHandler.SOURCE, body, true, "body contains a NUL character");
      return error(HttpStatus.BAD_REQUEST, "body contains a NUL character, raw or escaped");
    }
    var stored = intake.store(StripeEventHandler.SOURCE, event.getId(), body);
    return ResponseEntity.ok(
        Map.of("received", true, "notification_id", stored.id(), "status", stored.status().name()));
  }

  private static boolean hasDataObject(String body) {
    var root = com.google.gson.JsonParser.parseString(body).getAsJsonObject();
    return root.has("created")
        && root.get("data") != null
        && root.get("data").isJsonObject()
        && root.getAsJsonObject("data").get("object") != null
        && root.getAsJsonObject("data").get("object").isJsonObject();
  }

  private static ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
    return Problems.answer(status, message);
  }
}
