package app.recoup.api.credits;

import static app.recoup.api.credits.Credits.money;

import app.recoup.ledger.credits.CreditLedger;
import app.recoup.ledger.credits.CreditNote;
import app.recoup.ledger.credits.CreditOrigin;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.payments.CustomerCredits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes credit notes into the books. A note that names an invoice lowers its balance, up to the
 * balance: what exceeds it (or all of it, when the invoice is no longer open) is kept as the
 * customer's credit, and the invoice's timeline says so. A note that names no invoice is customer
 * credit. A note is taken once by its number: given again with the same figures it changes nothing,
 * with other figures it is refused (a credit note is not edited; the invoicing tool issues
 * another).
 */
@Service
public class CreditNotes {

  private final InvoiceRepository invoices;
  private final CreditLedger ledger;
  private final CustomerCredits credits;
  private final Credits applying;
  private final Clock clock;

  CreditNotes(
      InvoiceRepository invoices,
      CreditLedger ledger,
      CustomerCredits credits,
      Credits applying,
      Clock clock) {
    this.clock = clock;
    this.invoices = invoices;
    this.ledger = ledger;
    this.credits = credits;
    this.applying = applying;
  }

  /**
   * A credit note to take.
   *
   * @param appliesTo the number of the invoice it credits, or null for the customer's credit
   */
  public record NewCreditNote(
      String number,
      long customerId,
      String currency,
      BigDecimal amount,
      LocalDate issueDate,
      String appliesTo,
      CreditOrigin origin,
      String note) {}

  /** What taking a note did. */
  public enum Taken {
    /** New, and (part of) it lowered its invoice's balance. */
    APPLIED,
    /** New, and all of it is the customer's credit. */
    KEPT,
    /** Known already with the same figures. */
    UNCHANGED
  }

  /**
   * Takes the note in the caller's transaction (an import's batch).
   *
   * @throws CreditRefused naming {@code applies_to} (unknown invoice, another customer's, another
   *     currency) or {@code number} (known with other figures); nothing is written
   */
  public Taken take(NewCreditNote given, String by) {
    Invoice invoice = given.appliesTo() == null ? null : invoiceCredited(given);
    Long invoiceId = invoice == null ? null : invoice.getId();
    Optional<CreditNote> known = ledger.findByNumber(given.number());
    if (known.isPresent()) {
      if (known.get().sameAs(given.customerId(), given.currency(), given.amount(), invoiceId)) {
        return Taken.UNCHANGED;
      }
      throw new CreditRefused(
          "number",
          "credit note "
              + given.number()
              + " was taken before as "
              + money(known.get().amount(), known.get().currency())
              + "; a credit note is not changed (issue another)");
    }
    long noteId =
        ledger
            .recordNote(
                given.number(),
                given.customerId(),
                given.currency(),
                given.amount(),
                given.issueDate(),
                invoiceId,
                given.origin(),
                given.note())
            .orElseThrow(
                () -> new IllegalStateException("credit note " + given.number() + " appeared"));
    BigDecimal applied = BigDecimal.ZERO;
    if (invoice != null && invoice.isOpen() && invoice.getBalance().signum() > 0) {
      applied = given.amount().min(invoice.getBalance());
      applying.apply(
          invoice,
          applied,
          noteId,
          by,
          "credit-note:" + given.number(),
          "credit note " + given.number());
    }
    BigDecimal rest = given.amount().subtract(applied);
    if (rest.signum() > 0) {
      credits.keepFromCreditNote(
          given.customerId(),
          rest,
          given.currency(),
          noteId,
          "credit note "
              + given.number()
              + (invoice == null ? "" : " beyond invoice " + invoice.getNumber() + "'s balance"));
      if (invoice != null) {
        applying.noteKept(
            invoice,
            rest,
            by,
            "credit-note:" + given.number(),
            "credit note " + given.number() + " exceeds what was owed");
      }
    }
    return applied.signum() > 0 ? Taken.APPLIED : Taken.KEPT;
  }

  /**
   * A credit a person gave when resolving a dispute, in its own transaction: at most the invoice's
   * balance. Taken once per dispute: a repeat changes nothing.
   *
   * @throws CreditRefused naming {@code amount} when it is not above zero or exceeds the balance
   */
  @Transactional
  public Taken issueForDispute(
      String invoiceNumber, String disputeId, BigDecimal amount, String by, String note) {
    Invoice invoice = invoices.lockByNumber(invoiceNumber).orElseThrow();
    String number = "DISPUTE-" + invoiceNumber + "-" + disputeId;
    if (ledger.findByNumber(number).isEmpty()) {
      requireWithinBalance(invoice, amount);
    }
    return take(
        new NewCreditNote(
            number,
            invoice.getCustomerId(),
            invoice.getCurrency(),
            amount,
            LocalDate.now(clock),
            invoiceNumber,
            CreditOrigin.DISPUTE,
            note),
        by);
  }

  static void requireWithinBalance(Invoice invoice, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new CreditRefused("amount", "the amount must be above zero");
    }
    if (!invoice.isOpen() || amount.compareTo(invoice.getBalance()) > 0) {
      throw new CreditRefused(
          "amount",
          money(amount, invoice.getCurrency())
              + " is more than the balance of invoice "
              + invoice.getNumber()
              + " ("
              + money(
                  invoice.isOpen() ? invoice.getBalance() : BigDecimal.ZERO, invoice.getCurrency())
              + ")");
    }
  }

  private Invoice invoiceCredited(NewCreditNote given) {
    Invoice invoice =
        invoices
            .lockByNumber(given.appliesTo())
            .orElseThrow(
                () ->
                    new CreditRefused(
                        "applies_to", "no invoice " + given.appliesTo() + " to credit"));
    if (invoice.getCustomerId() != given.customerId()) {
      throw new CreditRefused(
          "applies_to", "invoice " + given.appliesTo() + " is another customer's");
    }
    if (!invoice.getCurrency().equals(given.currency())) {
      throw new CreditRefused(
          "applies_to",
          "invoice "
              + given.appliesTo()
              + " is in "
              + invoice.getCurrency()
              + ", the credit note in "
              + given.currency());
    }
    return invoice;
  }
}
