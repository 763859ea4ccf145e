package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportedInvoice;
import app.recoup.ledger.imports.RefusedRow;
import java.util.List;

/** A row read: either a valid invoice or the row refused with every reason. */
record RowOutcome(ImportedInvoice invoice, RefusedRow refusal) {

  static RowOutcome valid(ImportedInvoice invoice) {
    return new RowOutcome(invoice, null);
  }

  static RowOutcome refused(SourceRow row, List<ImportError> errors) {
    return new RowOutcome(null, new RefusedRow(errors, row.cells()));
  }

  boolean isValid() {
    return invoice != null;
  }

  List<ImportError> errors() {
    return isValid() ? List.of() : refusal.errors();
  }
}
