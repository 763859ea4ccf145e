package app.recoup.activities.approval;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.fees.LateFeeLedger;
import app.recoup.ledger.fees.LateFeeLedger.PaymentOnRecord;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.fees.BalanceChange;
import app.recoup.workflows.fees.LateFees;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts a step's late fee from what the ledger says now: the principal outstanding day by day
 * (payments lower it from the customer-local day they arrived), and the fees already charged on the
 * case. Once per step key; nothing is posted for an invoice no longer open or a fee that comes to
 * zero (the cap reached, interest already charged).
 */
@Component
class FeePosting {

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final CollectionCases cases;
  private final LateFeeLedger fees;
  private final Timeline timeline;
  private final TransactionTemplate transaction;
  private final Clock clock;

  FeePosting(
      InvoiceRepository invoices,
      CustomerRepository customers,
      CollectionCases cases,
      LateFeeLedger fees,
      Timeline timeline,
      TransactionTemplate transaction,
      Clock clock) {
    this.invoices = invoices;
    this.customers = customers;
    this.cases = cases;
    this.fees = fees;
    this.timeline = timeline;
    this.transaction = transaction;
    this.clock = clock;
  }

  void post(FeeRequest request) {
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findByNumber(request.invoiceNumber()).orElseThrow();
          if (!invoice.isOpen()
              || cases.findById(request.caseId()).map(c -> c.isClosed()).orElse(true)) {
            return;
          }
          Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
          LocalDate today = LocalDate.now(clock.withZone(customer.zone()));
          BigDecimal principal = invoice.getTotal().subtract(invoice.getAmountPaid());
          BigDecimal amount =
              LateFees.due(
                  request.fee(),
                  principal,
                  invoice.getDueDate(),
                  today,
                  history(invoice, customer),
                  fees.chargedOnCase(request.caseId()),
                  Currency.getInstance(invoice.getCurrency()).getDefaultFractionDigits());
          if (amount.signum() <= 0) {
            return;
          }
          fees.post(
                  request.caseId(),
                  invoice.getId(),
                  request.idempotencyKey(),
                  request.fee().kind().name(),
                  amount,
                  invoice.getCurrency())
              .ifPresent(
                  id ->
                      timeline.append(
                          request.caseId(),
                          clock.instant(),
                          TouchLedgerActivities.ACTOR,
                          TimelineEventType.LATE_FEE_POSTED,
                          "Late fee %s %s (%s) with reminder %d"
                              .formatted(
                                  amount.toPlainString(),
                                  invoice.getCurrency(),
                                  request.fee().kind().name().toLowerCase(),
                                  request.step()),
                          request.idempotencyKey() + "/fee"));
        });
  }

  /**
   * The principal outstanding over time. Amounts paid without a payment on record (an import's
   * amount paid) count from the start.
   */
  private List<BalanceChange> history(Invoice invoice, Customer customer) {
    List<PaymentOnRecord> payments = fees.payments(invoice.getId());
    BigDecimal recorded =
        payments.stream().map(PaymentOnRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal outstanding =
        invoice
            .getTotal()
            .subtract(invoice.getAmountPaid().subtract(recorded).max(BigDecimal.ZERO));
    List<BalanceChange> history = new ArrayList<>();
    history.add(new BalanceChange(invoice.getIssueDate(), outstanding));
    for (PaymentOnRecord payment : payments) {
      outstanding = outstanding.subtract(payment.amount()).max(BigDecimal.ZERO);
      history.add(
          new BalanceChange(
              LocalDate.ofInstant(payment.receivedAt(), customer.zone()), outstanding));
    }
    return history;
  }
}
