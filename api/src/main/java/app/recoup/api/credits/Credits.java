package app.recoup.api.credits;

import app.recoup.ledger.credits.CreditLedger;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Lowers an invoice's balance by credit, in the caller's transaction: the application in the credit
 * ledger, the invoice's credited figure, a timeline note, and the changed invoice for its case
 * (recorded as a workflow event in the same transaction, so the relay tells the case as it tells it
 * of a payment).
 */
@Component
class Credits {

  private final InvoiceRepository invoices;
  private final CreditLedger ledger;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  Credits(
      InvoiceRepository invoices,
      CreditLedger ledger,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.invoices = invoices;
    this.ledger = ledger;
    this.timeline = timeline;
    this.events = events;
  }

  /**
   * Applies {@code amount} (at most the balance) to the locked invoice once per {@code key};
   * returns whether it was applied now (false: the key was applied before).
   *
   * @param creditNoteId the note the credit comes from, or null for the customer's credit
   */
  boolean apply(
      Invoice invoice, BigDecimal amount, Long creditNoteId, String by, String key, String why) {
    if (!ledger.recordApplication(
        invoice.getId(),
        invoice.getCustomerId(),
        invoice.getCurrency(),
        amount,
        creditNoteId,
        by,
        key)) {
      return false;
    }
    invoice.applyCredit(amount);
    invoices.save(invoice);
    timeline.noteOnInvoice(
        invoice.getId(),
        by,
        TimelineEventType.CREDIT_APPLIED,
        money(amount, invoice.getCurrency())
            + " credited ("
            + why
            + "); balance now "
            + money(invoice.getBalance().max(BigDecimal.ZERO), invoice.getCurrency()),
        "credit:" + key);
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
    return true;
  }

  /** Notes on the invoice's case that credit was kept for the customer rather than applied. */
  void noteKept(Invoice invoice, BigDecimal amount, String by, String key, String why) {
    timeline.noteOnInvoice(
        invoice.getId(),
        by,
        TimelineEventType.CREDIT_KEPT,
        money(amount, invoice.getCurrency()) + " kept as the customer's credit (" + why + ")",
        "credit-kept:" + key);
  }

  static String money(BigDecimal amount, String currency) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
  }
}
