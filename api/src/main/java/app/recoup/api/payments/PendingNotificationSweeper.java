package app.recoup.api.payments;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.payments.PaymentNotifications;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries what the webhook could not finish: notifications stored but not applied because the
 * process stopped, a transient failure, or a refund that arrived before its payment. What stays
 * pending too long becomes a task. One replica of a cluster sweeps per interval.
 */
@Component
public class PendingNotificationSweeper {

  private static final Logger log = LoggerFactory.getLogger(PendingNotificationSweeper.class);

  private final PaymentNotifications notifications;
  private final NotificationProcessor processor;
  private final StuckNotifications stuck;
  private final JobLeases leases;
  private final Duration interval;

  PendingNotificationSweeper(
      PaymentNotifications notifications,
      NotificationProcessor processor,
      StuckNotifications stuck,
      JobLeases leases,
      @Value("${recoup.payments.sweep-interval:PT30S}") Duration interval) {
    this.leases = leases;
    this.interval = interval;
    this.notifications = notifications;
    this.processor = processor;
    this.stuck = stuck;
  }

  @Scheduled(
      fixedDelayString = "${recoup.payments.sweep-interval:PT30S}",
      initialDelayString = "${recoup.payments.sweep-interval:PT30S}")
  void sweepOncePerInterval() {
    leases.runOnce("payment-notification-sweep", interval, this::sweep);
  }

  public void sweep() {
    for (long id : notifications.pending(500)) {
      try {
        processor.process(id);
      } catch (RuntimeException e) {
        log.warn("payment notification {} still pending: {}", id, e.toString());
      }
    }
    int escalated = stuck.escalate();
    if (escalated > 0) {
      log.warn("{} payment notification(s) pending too long, handed to a person", escalated);
    }
  }
}
