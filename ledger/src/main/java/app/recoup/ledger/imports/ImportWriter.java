package app.recoup.ledger.imports;

import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.CustomerWrites;
import app.recoup.ledger.customers.CustomerWrites.ImportedCustomer;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceWrites;
import app.recoup.ledger.invoices.InvoiceWrites.ImportedTerms;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported invoices with a handful of set-based statements instead of one
 * aggregate save per row: customers by name and their billing contact ({@link
 * CustomerWrites#upsertImported}), then the invoices in one upsert ({@link
 * InvoiceWrites#upsertImported}) that tells inserts from updates and skips rows that did not
 * change. Callers run it inside a transaction; invoice numbers must be unique within one batch.
 */
@Component
public class ImportWriter {

  /**
   * Every writer takes an invoice before its case, and several invoices (or cases) in invoice id
   * order: the batch's invoices first, then their cases, so the upsert's trigger ({@code
   * invoice_rescore_case}) finds its cases already held instead of taking them in the file's order
   * against another writer.
   */
  private static final String LOCK_INVOICES =
      "select id from invoice where number = any(?::text[]) order by id for update";

  private static final String LOCK_CASES =
      """
      select k.id from collection_case k join invoice i on i.id = k.invoice_id
       where i.number = any(?::text[])
       order by k.invoice_id
         for update of k
      """;

  /** The batch's invoices with what the books and Recoup say is paid. */
  private static final String PAID_FIGURES =
      """
      select i.id, i.number, i.currency, i.books_paid, i.amount_paid from invoice i
       where i.number = any(?::text[])
       order by i.id
      """;

  private final JdbcTemplate jdbc;
  private final CustomerWrites customerWrites;
  private final InvoiceWrites invoiceWrites;

  ImportWriter(
      JdbcTemplate jdbc, CustomerRepository customerWrites, InvoiceRepository invoiceWrites) {
    this.jdbc = jdbc;
    this.customerWrites = customerWrites;
    this.invoiceWrites = invoiceWrites;
  }

  /** Starts writing one file; call {@link Session#write} once per batch, each in a transaction. */
  public Session session() {
    return new Session();
  }

  /**
   * Remembers what this file already said about each customer, so a customer named on every tenth
   * row is written once, not once per batch.
   */
  public final class Session {

    private final Map<String, ImportedCustomer> written = new HashMap<>();
    private final Map<String, Long> customerIds = new HashMap<>();

    private Session() {}

    public WriteOutcome write(List<ImportedInvoice> invoices) {
      if (invoices.isEmpty()) {
        return new WriteOutcome(List.of(), List.of(), 0, List.of());
      }
      // Customers are matched by PostgreSQL's lower(name), never by Java's case rules, so the
      // two can't disagree; the last row giving a customer's zone or contact decides it.
      Map<String, ImportedCustomer> customers = new LinkedHashMap<>();
      invoices.forEach(
          invoice ->
              customers.merge(
                  invoice.customer(), customerOf(invoice), ImportedCustomer::updatedBy));
      List<ImportedCustomer> news =
          customers.values().stream()
              .filter(facts -> !facts.equals(written.get(facts.name())))
              .toList();
      if (!news.isEmpty()) {
        customerIds.putAll(customerWrites.upsertImported(news));
        news.forEach(facts -> written.put(facts.name(), facts));
      }
      lockInOrder(invoices);
      InvoiceWrites.Upserted upserted = upsertInvoices(invoices, customerIds);
      // An invoice this batch created has nothing paid beyond what its row says, and no case yet.
      List<String> existing =
          invoices.stream()
              .map(ImportedInvoice::number)
              .filter(number -> !upserted.createdNumbers().contains(number))
              .toList();
      return new WriteOutcome(
          upserted.createdIds(),
          upserted.changedIds(),
          invoices.size() - upserted.createdIds().size() - upserted.changedIds().size(),
          existing.isEmpty() ? List.of() : paidFigures(existing));
    }
  }

  private static ImportedCustomer customerOf(ImportedInvoice row) {
    return new ImportedCustomer(
        row.customer(), row.timeZone(), row.email(), row.phone(), row.language(), row.copied());
  }

  private InvoiceWrites.Upserted upsertInvoices(
      List<ImportedInvoice> invoices, Map<String, Long> customerIds) {
    return invoiceWrites.upsertImported(
        invoices.stream()
            .map(row -> new ImportedTerms(row.number(), row.customer(), row.terms()))
            .toList(),
        customerIds);
  }

  private void lockInOrder(List<ImportedInvoice> invoices) {
    Object[] numbers = invoices.stream().map(ImportedInvoice::number).toArray();
    for (String lock : List.of(LOCK_INVOICES, LOCK_CASES)) {
      jdbc.query(
          connection -> {
            PreparedStatement statement = connection.prepareStatement(lock);
            statement.setArray(1, connection.createArrayOf("text", numbers));
            return statement;
          },
          row -> {});
    }
  }

  private List<PaidFigures> paidFigures(List<String> numbers) {
    return jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(PAID_FIGURES);
          statement.setArray(1, connection.createArrayOf("text", numbers.toArray()));
          return statement;
        },
        (row, n) ->
            new PaidFigures(
                row.getLong("id"),
                row.getString("number"),
                row.getString("currency"),
                row.getBigDecimal("books_paid"),
                row.getBigDecimal("amount_paid")));
  }
}
