package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportedInvoice;
import java.util.List;

/** A row read: either a valid invoice or every reason it was refused. */
record RowOutcome(ImportedInvoice invoice, List<ImportError> errors) {

  static RowOutcome valid(ImportedInvoice invoice) {
    return new RowOutcome(invoice, List.of());
  }

  static RowOutcome refused(List<ImportError> errors) {
    return new RowOutcome(null, List.copyOf(errors));
  }

  boolean isValid() {
    return invoice != null;
  }
}
