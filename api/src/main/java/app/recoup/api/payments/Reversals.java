package app.recoup.api.payments;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.payments.AppliedPayment;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.ledger.payments.PaymentReceipt;
import app.recoup.ledger.payments.PaymentReceipts;
import app.recoup.ledger.payments.Payments;
import app.recoup.ledger.payments.exceptions.ExceptionReason;
import app.recoup.ledger.payments.exceptions.NewPaymentException;
import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money going back out: refunds reopen balances, chargebacks go to a person. Either may arrive
 * before the payment it is about; then the notification waits (pending) until the payment has.
 */
@Service
public class Reversals {

  private static final String ACTOR = "payments";

  private final PaymentReceipts receipts;
  private final Payments payments;
  private final InvoiceRepository invoices;
  private final PaymentExceptions exceptions;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  Reversals(
      PaymentReceipts receipts,
      Payments payments,
      InvoiceRepository invoices,
      PaymentExceptions exceptions,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.receipts = receipts;
    this.payments = payments;
    this.invoices = invoices;
    this.exceptions = exceptions;
    this.timeline = timeline;
    this.events = events;
  }

  /**
   * {@code refundedSoFar} is the processor's running total, so a repeated event changes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Outcome refund(String source, String externalId, BigDecimal refundedSoFar) {
    Optional<PaymentReceipt> found = receipts.lock(source, externalId);
    if (found.isEmpty()) {
      return Outcome.waiting("refund before payment " + externalId + " was received");
    }
    PaymentReceipt receipt = found.get();
    BigDecimal due = refundedSoFar.subtract(receipt.refunded());
    if (due.signum() <= 0) {
      return Outcome.ignored("refund of " + externalId + " already recorded");
    }
    receipts.setRefunded(receipt.id(), refundedSoFar);
    List<Long> changed =
        reverse(
            receipt.id(),
            due,
            TimelineEventType.PAYMENT_REFUNDED,
            "refund:" + externalId + ":" + refundedSoFar.toPlainString());
    return Outcome.processed(
        "refunded " + due.toPlainString() + " " + receipt.currency() + " on invoices " + changed);
  }

  /** Takes {@code amount} back from a receipt's payments, newest first; returns the invoices. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Long> reverse(
      long receiptId, BigDecimal amount, TimelineEventType timelineType, String dedup) {
    BigDecimal left = amount;
    List<Long> changed = new ArrayList<>();
    for (AppliedPayment payment : payments.ofReceipt(receiptId)) {
      BigDecimal take = left.min(payment.reversible());
      if (take.signum() <= 0) {
        continue;
      }
      Invoice invoice = invoices.lockById(payment.invoiceId()).orElseThrow();
      invoice.reversePayment(take);
      invoices.save(invoice);
      payments.addRefund(payment.id(), take);
      changed.add(invoice.getId());
      timeline.noteOnInvoice(
          invoice.getId(),
          ACTOR,
          timelineType,
          take.toPlainString()
              + " "
              + invoice.getCurrency()
              + " taken back; balance "
              + invoice.getBalance().toPlainString(),
          dedup + ":" + payment.id());
      left = left.subtract(take);
    }
    if (!changed.isEmpty()) {
      events.publishEvent(new InvoicesChanged(changed));
    }
    return changed;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Outcome chargeback(
      long notificationId, String source, String externalId, BigDecimal amount, String reason) {
    Optional<PaymentReceipt> found = receipts.lock(source, externalId);
    if (found.isEmpty()) {
      return Outcome.waiting("chargeback before payment " + externalId + " was received");
    }
    PaymentReceipt receipt = found.get();
    Optional<Invoice> invoice =
        payments.ofReceipt(receipt.id()).stream()
            .reduce((newer, older) -> older)
            .flatMap(payment -> invoices.findById(payment.invoiceId()));
    long id =
        exceptions.raise(
            new NewPaymentException(
                notificationId,
                receipt.id(),
                invoice.map(Invoice::getCustomerId).orElse(null),
                invoice.map(Invoice::getId).orElse(null),
                ExceptionReason.CHARGEBACK,
                amount,
                receipt.currency(),
                invoice.map(Invoice::getNumber).orElse(externalId),
                "chargeback on " + externalId + ": " + reason));
    invoice.ifPresent(
        i ->
            timeline.noteOnInvoice(
                i.getId(),
                ACTOR,
                TimelineEventType.CHARGEBACK,
                amount.toPlainString()
                    + " "
                    + receipt.currency()
                    + " disputed by the bank: "
                    + reason,
                "payment-exception:" + id));
    return new Outcome(NotificationStatus.EXCEPTION, "CHARGEBACK");
  }
}
