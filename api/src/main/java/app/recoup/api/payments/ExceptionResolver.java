package app.recoup.api.payments;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.payments.CustomerCredits;
import app.recoup.ledger.payments.Payments;
import app.recoup.ledger.payments.exceptions.PaymentException;
import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out a person's decision on an exception in the queue. */
@Service
public class ExceptionResolver {

  private final PaymentExceptions exceptions;
  private final InvoiceRepository invoices;
  private final Payments payments;
  private final CustomerCredits credits;
  private final Reversals reversals;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  ExceptionResolver(
      PaymentExceptions exceptions,
      InvoiceRepository invoices,
      Payments payments,
      CustomerCredits credits,
      Reversals reversals,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.exceptions = exceptions;
    this.invoices = invoices;
    this.payments = payments;
    this.credits = credits;
    this.reversals = reversals;
    this.timeline = timeline;
    this.events = events;
  }

  @Transactional
  public PaymentException resolve(long id, ResolveRequest request, String by) {
    PaymentException exception =
        exceptions.lock(id).orElseThrow(() -> new ResolutionRefused(404, "no exception " + id));
    if (request.action() == null) {
      throw new ResolutionRefused(
          400, "action is required: APPLY, REFUND, CREDIT, REVERSE or DISMISS");
    }
    if (!exception.isOpen()) {
      throw new ResolutionRefused(409, "exception " + id + " is already resolved");
    }
    if (!request.action().fits(exception.reason())) {
      throw new ResolutionRefused(
          400, request.action() + " does not settle a " + exception.reason() + " exception");
    }
    switch (request.action()) {
      case APPLY -> apply(exception, request.invoiceNumber());
      case CREDIT -> credit(exception, request.customerId(), request.note());
      case REVERSE -> reverse(exception);
      case REFUND, DISMISS -> {
        // recorded only: the money moved (or stayed) outside Recoup
      }
    }
    exceptions.resolve(id, request.action(), request.note(), by);
    return exceptions.find(id).orElseThrow();
  }

  private void apply(PaymentException exception, String invoiceNumber) {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new ResolutionRefused(400, "Name the invoice (invoiceNumber) to apply the money to.");
    }
    Invoice invoice =
        invoices
            .lockByNumber(invoiceNumber.trim())
            .orElseThrow(() -> new ResolutionRefused(404, "no invoice " + invoiceNumber));
    if (!invoice.getCurrency().equals(exception.currency())) {
      throw new ResolutionRefused(
          409, "invoice " + invoiceNumber + " is in " + invoice.getCurrency());
    }
    if (!invoice.isOpen() || exception.amount().compareTo(invoice.getBalance()) > 0) {
      throw new ResolutionRefused(
          409,
          "invoice "
              + invoiceNumber
              + " owes "
              + invoice.getBalance().toPlainString()
              + ", less than "
              + exception.amount().toPlainString());
    }
    long paymentId =
        payments.record(
            invoice.getId(),
            exception.amount(),
            exception.currency(),
            Instant.now(),
            "exception",
            "exception-" + exception.id(),
            exception.receiptId());
    invoice.applyPayment(exception.amount());
    invoices.save(invoice);
    timeline.noteOnInvoice(
        invoice.getId(),
        "payments",
        TimelineEventType.PAYMENT_RECEIVED,
        exception.amount().toPlainString()
            + " "
            + exception.currency()
            + " applied from payment exception "
            + exception.id(),
        "payment:" + paymentId);
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
  }

  private void credit(PaymentException exception, Long customerId, String note) {
    Long customer = exception.customerId() != null ? exception.customerId() : customerId;
    if (customer == null) {
      throw new ResolutionRefused(
          400, "Name the customer (customerId) to credit: the payment names none.");
    }
    credits.add(customer, exception.amount(), exception.currency(), exception.id(), note);
  }

  private void reverse(PaymentException exception) {
    if (exception.receiptId() == null) {
      throw new ResolutionRefused(409, "the chargeback names no payment to reverse");
    }
    reversals.reverse(
        exception.receiptId(),
        exception.amount(),
        TimelineEventType.CHARGEBACK_LOST,
        "chargeback-lost:" + exception.id());
  }
}
