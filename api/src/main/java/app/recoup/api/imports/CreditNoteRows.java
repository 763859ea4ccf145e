package app.recoup.api.imports;

import app.recoup.api.credits.CreditNotes;
import app.recoup.api.credits.CreditNotes.NewCreditNote;
import app.recoup.api.credits.CreditNotes.Taken;
import app.recoup.api.credits.CreditRefused;
import app.recoup.ledger.credits.CreditOrigin;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.imports.ImportCounts;
import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.RefusedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes an import batch's credit notes, in the batch's transaction and after its invoices: a note
 * the books cannot take (its customer unknown, the invoice it names unknown, another customer's or
 * in another currency, a number taken before with other figures) is a refused row saying so, and
 * nothing of it is written.
 */
@Component
class CreditNoteRows {

  static final String IMPORTED_BY = "import";

  private final CustomerRepository customers;
  private final CreditNotes creditNotes;

  CreditNoteRows(CustomerRepository customers, CreditNotes creditNotes) {
    this.customers = customers;
    this.creditNotes = creditNotes;
  }

  /** What the batch's credit notes did: taken, unchanged, or refused with the reason. */
  record Written(int taken, int unchanged, List<RefusedRow> refused) {

    static final Written NONE = new Written(0, 0, List.of());

    ImportCounts counts() {
      return new ImportCounts(taken, 0, unchanged, refused.size());
    }
  }

  Written write(List<ImportedCreditNote> notes) {
    if (notes.isEmpty()) {
      return Written.NONE;
    }
    int taken = 0;
    int unchanged = 0;
    List<RefusedRow> refused = new ArrayList<>();
    for (ImportedCreditNote note : notes) {
      Optional<Customer> customer = customers.findByNameIgnoreCase(note.customer());
      if (customer.isEmpty()) {
        refused.add(
            refusal(
                note,
                note.customerLabel(),
                note.customer(),
                "no customer named '"
                    + note.customer()
                    + "' in the books: import the customer's invoices first"));
        continue;
      }
      try {
        Taken outcome =
            creditNotes.take(
                new NewCreditNote(
                    note.number(),
                    customer.get().getId(),
                    note.currency(),
                    note.amount(),
                    note.issueDate(),
                    note.appliesTo(),
                    CreditOrigin.IMPORT,
                    null),
                IMPORTED_BY);
        if (outcome == Taken.UNCHANGED) {
          unchanged++;
        } else {
          taken++;
        }
      } catch (CreditRefused notTaken) {
        boolean aboutInvoice = "applies_to".equals(notTaken.field());
        refused.add(
            refusal(
                note,
                aboutInvoice ? note.appliesToLabel() : note.numberLabel(),
                aboutInvoice ? note.appliesTo() : note.number(),
                notTaken.getMessage()));
      }
    }
    return new Written(taken, unchanged, refused);
  }

  private static RefusedRow refusal(
      ImportedCreditNote note, String field, String value, String message) {
    return new RefusedRow(
        List.of(new ImportError(note.line(), field, value, message)), note.cells());
  }
}
