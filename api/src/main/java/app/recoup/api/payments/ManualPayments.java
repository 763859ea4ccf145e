package app.recoup.api.payments;

import app.recoup.ledger.payments.PaymentNotification;
import app.recoup.ledger.payments.PaymentNotifications;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
   * A payment entered by hand as it was recorded, with what the cash application made of it; {@code
   * recordedAlready} when an earlier submission of the same entry recorded it.
   */
  public record Recorded(
      String invoice,
      BigDecimal amount,
      String currency,
      Instant paidAt,
      String recordedBy,
      Outcome outcome,
      boolean recordedAlready) {

    private Recorded(ManualPaymentHandler.Entry entry, Outcome outcome, boolean recordedAlready) {
      this(
          entry.invoice(),
          entry.amount(),
          entry.currency(),
          entry.paidAt(),
          entry.recordedBy(),
          outcome,
          recordedAlready);
    }
  }

  /**
   * The entry was recorded before with another invoice, amount or currency; the message says which.
   */
  public static class EntryConflict extends RuntimeException {
    EntryConflict(String message) {
      super(message);
    }
  }

  /**
   * Records a payment of one invoice. {@code entryId} names the person's entry (the form it came
   * from): submitting it again with the same invoice, amount and currency records nothing and
   * answers with the first recording; with anything else it is an {@link EntryConflict}.
   * Submissions of one entry take turns, so two at once record it once too.
   */
  @Transactional
  public Recorded record(
      String entryId,
      String invoiceNumber,
      BigDecimal amount,
      String currency,
      Instant paidAt,
      String by) {
    ManualPaymentHandler.Entry entry =
        new ManualPaymentHandler.Entry(invoiceNumber, amount, currency, paidAt, by);
    notifications.lockExternalId(ManualPaymentHandler.SOURCE, entryId);
    Optional<PaymentNotification> earlier =
        notifications.firstVerified(ManualPaymentHandler.SOURCE, entryId);
    if (earlier.isPresent()) {
      return again(earlier.get(), entry);
    }
    long id =
        notifications
            .storeVerified(ManualPaymentHandler.SOURCE, entryId, ManualPaymentHandler.body(entry))
            .id();
    Outcome outcome =
        processor
            .process(id)
            .orElseThrow(
                () -> new IllegalStateException("payment notification " + id + " was not pending"));
    return new Recorded(entry, outcome, false);
  }

  private static Recorded again(PaymentNotification earlier, ManualPaymentHandler.Entry entry) {
    ManualPaymentHandler.Entry first = ManualPaymentHandler.entry(earlier.body());
    if (!first.invoice().equals(entry.invoice())
        || first.amount().compareTo(entry.amount()) != 0
        || !first.currency().equals(entry.currency())) {
      throw new EntryConflict(
          "was recorded already as %s %s to %s by %s; this submission says %s %s to %s"
              .formatted(
                  first.amount().toPlainString(),
                  first.currency(),
                  first.invoice(),
                  first.recordedBy(),
                  entry.amount().toPlainString(),
                  entry.currency(),
                  entry.invoice()));
    }
    return new Recorded(first, new Outcome(earlier.status(), earlier.outcome()), true);
  }
}
