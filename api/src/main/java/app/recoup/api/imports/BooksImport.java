package app.recoup.api.imports;

import static app.recoup.api.imports.Column.*;

import app.recoup.activities.connectors.BooksChanges;
import app.recoup.activities.connectors.BooksCreditNote;
import app.recoup.activities.connectors.BooksCustomer;
import app.recoup.activities.connectors.BooksDocumentState;
import app.recoup.activities.connectors.BooksIntake;
import app.recoup.activities.connectors.BooksInvoice;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.CustomerWrites.ImportedCustomer;
import app.recoup.workflows.vocabulary.BooksVendor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a connector's pull into the ledger as an import: each invoice and credit note becomes a row
 * of Recoup's own columns, checked by the same {@link RowValidator} and written by the same batches
 * as a file's rows, so a pull is idempotent, a paid invoice in the books closes its case as an
 * imported one does, and what the rules refuse is listed with the import (its last column names the
 * document in the books). Customers whose invoices did not change have their contact updated.
 */
@Service
public class BooksImport implements BooksIntake {

  /** The columns of a pulled row, in order; the last one is the document's id in the books. */
  private static final List<Column> COLUMNS =
      List.of(
          DOCUMENT_TYPE,
          INVOICE_NUMBER,
          CUSTOMER,
          EMAIL,
          PHONE,
          TIME_ZONE,
          CURRENCY,
          TOTAL,
          AMOUNT_DUE,
          ISSUE_DATE,
          DUE_DATE,
          PO_NUMBER,
          STATUS);

  private static final HeaderLayout LAYOUT = layout();

  private final InvoiceImporter importer;
  private final CustomerRepository customers;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BooksImport(
      InvoiceImporter importer,
      CustomerRepository customers,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.importer = importer;
    this.customers = customers;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Override
  public Taken take(BooksVendor vendor, BooksChanges changes) {
    Map<String, BooksCustomer> byName =
        changes.customers().stream()
            .collect(Collectors.toMap(BooksCustomer::name, Function.identity(), (a, b) -> b));
    List<SourceRow> rows = new ArrayList<>();
    Set<String> invoiced = new HashSet<>();
    for (BooksInvoice invoice : changes.invoices()) {
      invoiced.add(invoice.customer());
      rows.add(row(rows.size() + 1, invoice, byName.get(invoice.customer())));
    }
    for (BooksCreditNote note : changes.creditNotes()) {
      rows.add(row(rows.size() + 1, note));
    }
    updateContacts(
        changes.customers().stream()
            .filter(customer -> !invoiced.contains(customer.name()))
            .toList());
    if (rows.isEmpty()) {
      return new Taken(null, 0);
    }
    ImportReport report =
        importer.importRows(
            vendor.title() + " sync " + clock.instant(),
            vendor.name().toLowerCase(Locale.ROOT),
            LAYOUT,
            rows);
    return new Taken(report.id().toString(), report.rejected());
  }

  /** Contacts of customers the books changed without changing their invoices. */
  private void updateContacts(List<BooksCustomer> changed) {
    List<ImportedCustomer> known =
        changed.stream()
            .filter(customer -> customers.findByNameIgnoreCase(customer.name()).isPresent())
            .map(
                customer ->
                    new ImportedCustomer(
                        customer.name(),
                        customer.timeZone(),
                        customer.email(),
                        customer.phone(),
                        null,
                        null))
            .toList();
    if (!known.isEmpty()) {
      transactions.executeWithoutResult(status -> customers.upsertImported(known));
    }
  }

  private static SourceRow row(int line, BooksInvoice invoice, BooksCustomer customer) {
    return LAYOUT.row(
        line,
        cells(
            "invoice",
            invoice.number(),
            invoice.customer(),
            customer == null ? null : customer.email(),
            customer == null ? null : customer.phone(),
            customer == null ? null : customer.timeZone(),
            invoice.currency(),
            amount(invoice.total()),
            amount(invoice.balance()),
            date(invoice.issueDate()),
            date(invoice.dueDate()),
            invoice.reference(),
            status(invoice.state()),
            invoice.externalId()));
  }

  /** What is left on a note is the customer's credit: its allocations are in invoices' balances. */
  private static SourceRow row(int line, BooksCreditNote note) {
    return LAYOUT.row(
        line,
        cells(
            "credit_note",
            note.number(),
            note.customer(),
            null,
            null,
            null,
            note.currency(),
            amount(note.total()),
            amount(note.remaining()),
            date(note.issueDate()),
            null,
            null,
            status(note.state()),
            note.externalId()));
  }

  /** The import refuses draft, voided and deleted documents by these words. */
  private static String status(BooksDocumentState state) {
    return state.collectable() ? null : state.name().toLowerCase(Locale.ROOT);
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static List<String> cells(String... values) {
    return Arrays.stream(values).map(value -> value == null ? "" : value).toList();
  }

  private static HeaderLayout layout() {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<String> header = new ArrayList<>();
    for (Column column : COLUMNS) {
      positions.put(column, header.size());
      header.add(column.name().toLowerCase(Locale.ROOT));
    }
    header.add("id_in_books");
    return new HeaderLayout(SourceFormat.CANONICAL, positions, header);
  }
}
