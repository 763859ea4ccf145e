package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportedInvoice;
import app.recoup.ledger.imports.RefusedRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rows read since the last write. Invoice numbers are unique within it, as one upsert needs. */
final class PendingBatch {

  private final List<ImportedInvoice> invoices = new ArrayList<>();
  private final Set<String> numbers = new HashSet<>();
  private final List<RefusedRow> refused = new ArrayList<>();
  private final List<ImportedCreditNote> creditNotes = new ArrayList<>();

  boolean holds(String invoiceNumber) {
    return numbers.contains(invoiceNumber);
  }

  void add(ImportedInvoice invoice) {
    invoices.add(invoice);
    numbers.add(invoice.number());
  }

  /** Credit notes are written after the batch's invoices, so a note may credit one of them. */
  void add(ImportedCreditNote creditNote) {
    creditNotes.add(creditNote);
  }

  void reject(RefusedRow row) {
    refused.add(row);
  }

  int size() {
    return invoices.size() + creditNotes.size() + refused.size();
  }

  List<ImportedInvoice> invoices() {
    return invoices;
  }

  List<ImportedCreditNote> creditNotes() {
    return creditNotes;
  }

  List<RefusedRow> refused() {
    return refused;
  }
}
