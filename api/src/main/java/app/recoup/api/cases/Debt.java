package app.recoup.api.cases;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.Continuation;
import app.recoup.workflows.collection.InvoiceChange;
import app.recoup.workflows.collection.ProcessTimings;
import app.recoup.workflows.collection.Reopening;
import app.recoup.workflows.correspondence.Combining;
import app.recoup.workflows.correspondence.Correspondence;
import app.recoup.workflows.vocabulary.CloseReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice with the customer who owes it: what a collection case is about.
 *
 * @param cadence the policy the customer's cases run, as data
 * @param timings the process's waits its case starts with
 * @param combining how the policy combines the customer's touches
 */
record Debt(
    Invoice invoice,
    Customer customer,
    Cadence cadence,
    ProcessTimings timings,
    Combining combining) {

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
    return snapshot(caseId, lastDoneStep, Continuation.FRESH, null);
  }

  /**
   * @param continuation what the case carries from an earlier run (its policy generation)
   * @param reopening why the closed case runs again, or null for a case that is not reopened
   */
  CaseSnapshot snapshot(
      long caseId, int lastDoneStep, Continuation continuation, Reopening reopening) {
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
        timings,
        reopening,
        new Correspondence(customer.getId(), combining));
  }

  /** What is owed again, with the figures that show why, for the case that closed as it says. */
  Reopening reopening(int number, CloseReason closedAs) {
    String currency = invoice.getCurrency();
    return new Reopening(
        number,
        "%s %s owed again after the case closed as %s (total %s, fees %s, paid %s)"
            .formatted(
                plain(owed()),
                currency,
                closedAs.describe(),
                plain(invoice.getTotal()),
                plain(invoice.getFees()),
                plain(invoice.getAmountPaid())));
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  InvoiceChange change() {
    return new InvoiceChange(
        owed(),
        invoice.getDueDate(),
        owed().signum() <= 0 && invoice.isSettledByCredit() ? CloseReason.CREDITED : null);
  }

  /** Why a case closes that no running workflow can close: paid, or credited. */
  CloseReason settledAs() {
    return invoice.isSettledByCredit() ? CloseReason.CREDITED : CloseReason.PAID;
  }
}
