package app.recoup.api.payments;

import app.recoup.api.problems.Problems;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.ledger.payments.PaymentNotification;
import app.recoup.ledger.payments.PaymentNotifications;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every payment notification as received, with what became of it (bodies one at a time). */
@Tag(name = "payment notifications")
@RestController
class PaymentNotificationController {

  private final PaymentNotifications notifications;

  PaymentNotificationController(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  record Summary(
      long id,
      String source,
      String externalId,
      boolean signatureVerified,
      String status,
      String outcome,
      int deliveries,
      java.time.Instant receivedAt) {

    static Summary of(PaymentNotification n) {
      return new Summary(
          n.id(),
          n.source(),
          n.externalId(),
          n.signatureVerified(),
          n.status().name(),
          n.outcome(),
          n.deliveries(),
          n.receivedAt());
    }
  }

  @GetMapping("/api/payment-notifications")
  ResponseEntity<?> list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") int limit) {
    NotificationStatus wanted = null;
    if (status != null) {
      try {
        wanted = NotificationStatus.valueOf(status.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return Problems.answer(
            HttpStatus.BAD_REQUEST,
            "status must be one of " + Arrays.toString(NotificationStatus.values()),
            "status");
      }
    }
    if (limit < 1 || limit > 1000) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000", "limit");
    }
    return ResponseEntity.ok(
        notifications.latest(wanted, limit).stream().map(Summary::of).toList());
  }

  @GetMapping("/api/payment-notifications/{id}")
  ResponseEntity<PaymentNotification> one(@PathVariable long id) {
    return ResponseEntity.of(notifications.find(id));
  }
}
