package app.recoup.api.payments;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoicesChanged;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches received money to invoices by reference. What it can place lowers balances (and closes
 * invoices paid in full); what it cannot place goes to the exception queue. Runs inside the
 * transaction that processes the notification, so a notification is applied entirely or not at all.
 */
@Service
public class CashApplication {

  private static final String ACTOR = "payments";

  private final InvoiceRepository invoices;
  private final PaymentReceipts receipts;
  private final Payments payments;
  private final PaymentExceptions exceptions;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  CashApplication(
      InvoiceRepository invoices,
      PaymentReceipts receipts,
      Payments payments,
      PaymentExceptions exceptions,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.invoices = invoices;
    this.receipts = receipts;
    this.payments = payments;
    this.exceptions = exceptions;
    this.timeline = timeline;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Outcome apply(long notificationId, PaymentAdvice advice) {
    Optional<Long> claimed =
        receipts.claim(
            advice.source(),
            advice.externalId(),
            notificationId,
            advice.amount(),
            advice.currency(),
            advice.paidAt());
    if (claimed.isEmpty()) {
      return alreadyReceived(notificationId, advice);
    }
    var run = new Run(notificationId, claimed.get(), advice);
    if (advice.itemised() || advice.lines().size() == 1) {
      for (PaymentAdvice.Remittance line : advice.lines()) {
        run.applyLine(line.reference(), line.amount() == null ? advice.amount() : line.amount());
      }
    } else {
      run.applyLump();
    }
    return run.finish();
  }

  private Outcome alreadyReceived(long notificationId, PaymentAdvice advice) {
    PaymentReceipt earlier = receipts.lock(advice.source(), advice.externalId()).orElseThrow();
    if (earlier.amount().compareTo(advice.amount()) == 0
        && earlier.currency().equals(advice.currency())) {
      return Outcome.ignored("payment " + advice.externalId() + " already received");
    }
    exceptions.raise(
        new NewPaymentException(
            notificationId,
            earlier.id(),
            null,
            null,
            ExceptionReason.DUPLICATE,
            advice.amount(),
            advice.currency(),
            advice.references(),
            "external id "
                + advice.externalId()
                + " was already received for "
                + earlier.amount().toPlainString()
                + " "
                + earlier.currency()));
    return new Outcome(NotificationStatus.EXCEPTION, "DUPLICATE");
  }

  /** The work on one notification: what was applied, what was raised. */
  private final class Run {
    private final long notificationId;
    private final long receiptId;
    private final PaymentAdvice advice;
    private final Set<Long> changed = new LinkedHashSet<>();
    private final List<String> raised = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();

    Run(long notificationId, long receiptId, PaymentAdvice advice) {
      this.notificationId = notificationId;
      this.receiptId = receiptId;
      this.advice = advice;
    }

    void applyLine(String reference, BigDecimal amount) {
      Optional<Invoice> found = invoices.lockByNumber(reference);
      if (found.isEmpty()) {
        raise(
            null, ExceptionReason.UNKNOWN_REFERENCE, amount, reference, "no invoice " + reference);
        return;
      }
      Invoice invoice = found.get();
      if (!invoice.getCurrency().equals(advice.currency())) {
        raise(
            invoice,
            ExceptionReason.CURRENCY_MISMATCH,
            amount,
            reference,
            "invoice is in " + invoice.getCurrency());
        return;
      }
      if (!invoice.isOpen() || invoice.getBalance().signum() <= 0) {
        raise(
            invoice,
            ExceptionReason.DUPLICATE,
            amount,
            reference,
            "invoice " + reference + " is already " + invoice.getStatus());
        return;
      }
      BigDecimal balance = invoice.getBalance();
      pay(invoice, amount.min(balance));
      if (amount.compareTo(balance) > 0) {
        raise(
            invoice,
            ExceptionReason.OVERPAY,
            amount.subtract(balance),
            reference,
            "paid " + amount.toPlainString() + " against a balance of " + balance.toPlainString());
      }
    }

    /**
     * One amount for several invoices: applied only when it settles them all; the excess of an
     * overpay waits as an exception, and a short pay waits whole, because which invoice it was
     * meant for is not clear.
     */
    void applyLump() {
      List<Invoice> matched = new ArrayList<>();
      for (PaymentAdvice.Remittance line : advice.lines()) {
        Optional<Invoice> found = invoices.lockByNumber(line.reference());
        if (found.isEmpty()
            || !found.get().getCurrency().equals(advice.currency())
            || !found.get().isOpen()) {
          // no clear match for the whole payment: each line decides on its own what is wrong
          lumpUnclear(found, line.reference());
          return;
        }
        matched.add(found.get());
      }
      BigDecimal owed =
          matched.stream().map(Invoice::getBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (advice.amount().compareTo(owed) < 0) {
        raise(
            matched.get(0),
            ExceptionReason.SHORT_PAY,
            advice.amount(),
            advice.references(),
            "paid "
                + advice.amount().toPlainString()
                + " against balances of "
                + owed.toPlainString());
        return;
      }
      matched.forEach(invoice -> pay(invoice, invoice.getBalance()));
      if (advice.amount().compareTo(owed) > 0) {
        raise(
            matched.get(0),
            ExceptionReason.OVERPAY,
            advice.amount().subtract(owed),
            advice.references(),
            "paid "
                + advice.amount().toPlainString()
                + " against balances of "
                + owed.toPlainString());
      }
    }

    private void lumpUnclear(Optional<Invoice> found, String reference) {
      ExceptionReason reason =
          found.isEmpty()
              ? ExceptionReason.UNKNOWN_REFERENCE
              : found.get().getCurrency().equals(advice.currency())
                  ? ExceptionReason.DUPLICATE
                  : ExceptionReason.CURRENCY_MISMATCH;
      raise(
          found.orElse(null),
          reason,
          advice.amount(),
          advice.references(),
          "cannot place the payment: " + reference + " " + reason);
    }

    private void pay(Invoice invoice, BigDecimal amount) {
      long paymentId =
          payments.record(
              invoice.getId(),
              amount,
              advice.currency(),
              advice.paidAt(),
              advice.source(),
              advice.externalId(),
              receiptId);
      invoice.applyPayment(amount);
      invoices.save(invoice);
      changed.add(invoice.getId());
      applied.add(invoice.getNumber() + " " + amount.toPlainString());
      timeline.noteOnInvoice(
          invoice.getId(),
          ACTOR,
          TimelineEventType.PAYMENT_RECEIVED,
          amount.toPlainString()
              + " "
              + advice.currency()
              + " via "
              + advice.source()
              + " ("
              + advice.externalId()
              + ")",
          "payment:" + paymentId);
    }

    private void raise(
        Invoice invoice,
        ExceptionReason reason,
        BigDecimal amount,
        String reference,
        String details) {
      long id =
          exceptions.raise(
              new NewPaymentException(
                  notificationId,
                  receiptId,
                  invoice == null ? null : invoice.getCustomerId(),
                  invoice == null ? null : invoice.getId(),
                  reason,
                  amount,
                  advice.currency(),
                  reference,
                  details));
      raised.add(reason.name());
      if (invoice != null) {
        timeline.noteOnInvoice(
            invoice.getId(),
            ACTOR,
            TimelineEventType.PAYMENT_EXCEPTION,
            reason + ": " + details,
            "payment-exception:" + id);
      }
    }

    Outcome finish() {
      if (!changed.isEmpty()) {
        events.publishEvent(new InvoicesChanged(List.copyOf(changed)));
      }
      String text = "applied " + applied + (raised.isEmpty() ? "" : ", exceptions " + raised);
      return raised.isEmpty()
          ? Outcome.processed(text)
          : new Outcome(NotificationStatus.EXCEPTION, text);
    }
  }
}
