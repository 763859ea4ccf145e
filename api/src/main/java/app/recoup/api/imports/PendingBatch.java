package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportedInvoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rows read since the last write. Invoice numbers are unique within it, as one upsert needs. */
final class PendingBatch {

  private final List<ImportedInvoice> invoices = new ArrayList<>();
  private final Set<String> numbers = new HashSet<>();
  private final List<ImportError> errors = new ArrayList<>();
  private int rejected;

  boolean holds(String invoiceNumber) {
    return numbers.contains(invoiceNumber);
  }

  void add(ImportedInvoice invoice) {
    invoices.add(invoice);
    numbers.add(invoice.number());
  }

  void reject(List<ImportError> rowErrors) {
    errors.addAll(rowErrors);
    rejected++;
  }

  int size() {
    return invoices.size() + rejected;
  }

  List<ImportedInvoice> invoices() {
    return invoices;
  }

  List<ImportError> errors() {
    return errors;
  }

  int rejected() {
    return rejected;
  }
}
