package app.recoup.api.portal;

import app.recoup.activities.courtesy.Receipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the receipt once the payment is committed, so no receipt is sent for a payment that was
 * rolled back. A failed delivery is logged and shown in the outbox; the payment stands.
 */
@Component
class PortalReceipts {

  private static final Logger log = LoggerFactory.getLogger(PortalReceipts.class);

  private final Receipts receipts;

  PortalReceipts(Receipts receipts) {
    this.receipts = receipts;
  }

  @TransactionalEventListener
  void send(PortalPaymentReceived received) {
    try {
      receipts.sendFor(received.receiptId());
    } catch (RuntimeException notSent) {
      log.warn("receipt {} not emailed: {}", received.receiptId(), notSent.toString());
    }
  }
}
