package app.recoup.api.payments;

import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.payments.PaymentNotification;
import app.recoup.ledger.payments.PaymentNotifications;
import app.recoup.workflows.vocabulary.TaskKind;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a person the notifications the sweeper keeps failing to apply, so money that never lands is
 * noticed rather than retried in silence.
 */
@Component
class StuckNotifications {

  static final TaskKind TASK_KIND = TaskKind.PAYMENT_STUCK;

  private final PaymentNotifications notifications;
  private final CaseLog caseLog;
  private final Clock clock;
  private final Duration escalateAfter;

  StuckNotifications(
      PaymentNotifications notifications,
      CaseLog caseLog,
      Clock clock,
      @Value("${recoup.payments.escalate-pending-after:PT24H}") Duration escalateAfter) {
    this.notifications = notifications;
    this.caseLog = caseLog;
    this.clock = clock;
    this.escalateAfter = escalateAfter;
  }

  @Transactional
  public int escalate() {
    var stuck = notifications.escalateStuck(clock.instant().minus(escalateAfter), 100);
    stuck.forEach(n -> caseLog.openTask(null, TASK_KIND, title(n)));
    return stuck.size();
  }

  private static String title(PaymentNotification n) {
    String reference = n.externalId() == null ? "" : " (" + n.externalId() + ")";
    String why = n.outcome() == null ? "never applied" : n.outcome();
    return "Payment notification #%d from %s%s pending since %s: %s"
        .formatted(n.id(), n.source(), reference, n.receivedAt(), why);
  }
}
