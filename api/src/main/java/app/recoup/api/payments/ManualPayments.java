package app.recoup.api.payments;

import app.recoup.ledger.payments.PaymentNotifications;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Money a person saw arrive (a bank transfer, a cheque) and records on the case page. It is stored
 * as a notification of its own source and applied by the same cash application as a processor's
 * webhook, so a payment entered by hand lowers balances and closes invoices exactly as one reported
 * by a processor.
 */
@Service
public class ManualPayments {

  private final PaymentNotifications notifications;
  private final NotificationProcessor processor;

  ManualPayments(PaymentNotifications notifications, NotificationProcessor processor) {
    this.notifications = notifications;
    this.processor = processor;
  }

  /**
   * Records a payment of one invoice. {@code entryId} names the person's entry (the form it came
   * from), so submitting the same entry twice records it once: empty the second time.
   */
  public Optional<Outcome> record(
      String entryId, String invoiceNumber, BigDecimal amount, String currency, Instant paidAt, String by) {
    ManualPaymentHandler.Entry entry = new ManualPaymentHandler.Entry(invoiceNumber, amount, currency, paidAt, by);
    PaymentNotifications.Stored stored =
        notifications.storeVerified(ManualPaymentHandler.SOURCE, entryId, ManualPaymentHandler.body(entry));
    return stored.redelivery() ? Optional.empty() : processor.process(stored.id());
  }
}
