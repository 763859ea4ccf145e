package app.recoup.api.payments;

import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.ledger.payments.PaymentNotification;
import app.recoup.ledger.payments.PaymentNotifications;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one stored notification, exactly once: the row is locked and must still be pending, and
 * its new status commits together with everything it changed.
 */
@Service
public class NotificationProcessor {

  private final PaymentNotifications notifications;
  private final Map<String, NotificationHandler> handlers;

  NotificationProcessor(PaymentNotifications notifications, List<NotificationHandler> handlers) {
    this.notifications = notifications;
    this.handlers =
        handlers.stream()
            .collect(Collectors.toMap(NotificationHandler::source, Function.identity()));
  }

  /** Empty when someone else processed (or is processing) it. */
  @Transactional
  public Optional<Outcome> process(long notificationId) {
    Optional<PaymentNotification> claimed = notifications.claimPending(notificationId);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    PaymentNotification notification = claimed.get();
    NotificationHandler handler = handlers.get(notification.source());
    if (handler == null) {
      throw new IllegalStateException("no handler for source " + notification.source());
    }
    Outcome outcome = handler.handle(notification);
    notifications.finish(notificationId, outcome.status(), outcome.text());
    return Optional.of(outcome);
  }

  /**
   * Whether it still waits to be applied: after {@link #process} answered empty, true means another
   * transaction held its row (a redelivery counting itself, the sweeper) and it must be tried
   * again.
   */
  public boolean stillPending(long notificationId) {
    return notifications
        .find(notificationId)
        .filter(notification -> notification.status() == NotificationStatus.PENDING)
        .isPresent();
  }
}
