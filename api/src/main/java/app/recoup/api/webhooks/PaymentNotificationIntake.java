package app.recoup.api.webhooks;

import app.recoup.api.relay.WorkflowEventRecorder;
import app.recoup.ledger.payments.PaymentNotifications;
import app.recoup.ledger.payments.PaymentNotifications.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a verified payment notification: stores it and queues it for the event relay in one
 * transaction, so once it commits the webhook may answer 2xx ("stored, will be applied") and the
 * relay applies it shortly after, even if this process dies first. A redelivery of a stored
 * notification queues nothing: the first one's event applies it, once.
 */
@Service
public class PaymentNotificationIntake {

  private final PaymentNotifications notifications;
  private final WorkflowEventRecorder recorder;

  PaymentNotificationIntake(PaymentNotifications notifications, WorkflowEventRecorder recorder) {
    this.notifications = notifications;
    this.recorder = recorder;
  }

  @Transactional
  public Stored store(String source, String externalId, String body) {
    Stored stored = notifications.storeVerified(source, externalId, body);
    if (!stored.redelivery()) {
      recorder.paymentNotificationStored(stored.id());
    }
    return stored;
  }
}
