package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportedInvoice;
import app.recoup.ledger.imports.RefusedRow;
import java.util.List;

/** A row read: a valid invoice, a valid credit note, or the row refused with every reason. */
record RowOutcome(ImportedInvoice invoice, ImportedCreditNote creditNote, RefusedRow refusal) {

  static RowOutcome valid(ImportedInvoice invoice) {
    return new RowOutcome(invoice, null, null);
  }

  static RowOutcome creditNote(ImportedCreditNote creditNote) {
    return new RowOutcome(null, creditNote, null);
  }

  static RowOutcome refused(SourceRow row, List<ImportError> errors) {
    return new RowOutcome(null, null, new RefusedRow(errors, row.cells()));
  }

  boolean isValid() {
    return refusal == null;
  }

  List<ImportError> errors() {
    return isValid() ? List.of() : refusal.errors();
  }
}
