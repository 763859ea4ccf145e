package app.recoup.api.cases;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.Continuation;
import app.recoup.workflows.collection.InvoiceChange;
import app.recoup.workflows.collection.ProcessTimings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice with the customer who owes it: what a collection case is about.
 *
 * @param cadence the policy the customer's cases run, as data
 * @param timings the process's waits its case starts with
 */
record Debt(Invoice invoice, Customer customer, Cadence cadence, ProcessTimings timings) {

  String workflowId() {
    return CollectionWorkflow.workflowId(invoice.getNumber());
  }

  /** What is still to collect: nothing once the invoice is paid, void or written off. */
  BigDecimal owed() {
    return invoice.isOpen() ? invoice.getBalance() : BigDecimal.ZERO;
  }

  LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(customer.zone()));
  }

  /** On the customer's calendar; 0 until the due date has passed. */
  long daysOverdue(Clock clock) {
    return Math.max(0, ChronoUnit.DAYS.between(invoice.getDueDate(), today(clock)));
  }

  /** Overdue, or within the cadence's pre-due window, on the customer's calendar. */
  boolean deservesCase(Clock clock) {
    LocalDate caseOpensOn = invoice.getDueDate().minusDays(cadence.preDueWindowDays());
    return owed().signum() > 0 && !caseOpensOn.isAfter(today(clock));
  }

  CaseSnapshot snapshot(long caseId, int lastDoneStep) {
    return snapshot(caseId, lastDoneStep, Continuation.FRESH);
  }

  CaseSnapshot snapshot(long caseId, int lastDoneStep, Continuation continuation) {
    return new CaseSnapshot(
        caseId,
        invoice.getNumber(),
        invoice.getCurrency(),
        owed(),
        invoice.getDueDate(),
        customer.zone(),
        cadence,
        lastDoneStep,
        continuation,
        timings);
  }

  InvoiceChange change() {
    return new InvoiceChange(owed(), invoice.getDueDate());
  }
}
