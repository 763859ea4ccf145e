package app.recoup.ledger.imports;

import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceWrites;
import app.recoup.ledger.invoices.InvoiceWrites.ImportedTerms;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported invoices with a handful of set-based statements instead of one
 * aggregate save per row: customers by name, their billing contact, then the invoices in one
 * upsert ({@link InvoiceWrites#upsertImported}) that tells inserts from updates and skips rows that
 * did not change.
 * Callers run it inside a transaction; invoice numbers must be unique within one batch.
 */
@Component
public class ImportWriter {

  private static final String UPSERT_CUSTOMERS_WITH_ZONE =
      """
      insert into customer (name, time_zone)
      select distinct on (lower(name)) name, zone
        from unnest(?::text[], ?::text[]) with ordinality as given(name, zone, position)
       order by lower(name), position desc
      on conflict (lower(name)) do update
         set time_zone = excluded.time_zone, updated_at = now(), version = customer.version + 1
       where customer.time_zone <> excluded.time_zone
      """;

  private static final String INSERT_CUSTOMERS =
      """
      insert into customer (name)
      select distinct on (lower(name)) name from unnest(?::text[]) as given(name)
      on conflict (lower(name)) do nothing
      """;

  /** The billing contact is the first one flagged billing, as Customer.billingContact() says. */
  private static final String UPDATE_BILLING_CONTACTS =
      """
      with given as (
             select * from unnest(?::bigint[], ?::text[], ?::text[]) as g(customer_id, email, phone)),
           billing as (
             select distinct on (contact.customer_id) contact.id, contact.customer_id
               from customer_contact contact join given using (customer_id)
              where contact.billing
              order by contact.customer_id, contact.position)
      update customer_contact contact
         set email = coalesce(given.email, contact.email),
             phone = coalesce(given.phone, contact.phone)
        from billing join given using (customer_id)
       where contact.id = billing.id
         and (contact.email is distinct from coalesce(given.email, contact.email)
              or contact.phone is distinct from coalesce(given.phone, contact.phone))
      """;

  private static final String INSERT_MISSING_BILLING_CONTACTS =
      """
      insert into customer_contact (customer_id, position, email, phone, billing)
      select given.customer_id,
             (select coalesce(max(position) + 1, 0) from customer_contact
               where customer_id = given.customer_id),
             given.email, given.phone, true
        from unnest(?::bigint[], ?::text[], ?::text[]) as given(customer_id, email, phone)
       where not exists (select 1 from customer_contact
                          where customer_id = given.customer_id and billing)
      """;

  /**
   * Every writer takes an invoice before its case, and several invoices (or cases) in invoice id
   * order: the batch's invoices first, then their cases, so the upsert's trigger
   * ({@code invoice_rescore_case}) finds its cases already held instead of taking them in the
   * file's order against another writer.
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

  private static final String CUSTOMER_IDS =
      """
      select given.name, customer.id
        from unnest(?::text[]) as given(name)
        join customer on lower(customer.name) = lower(given.name)
      """;

  private final JdbcTemplate jdbc;
  private final InvoiceWrites invoiceWrites;

  ImportWriter(JdbcTemplate jdbc, InvoiceRepository invoiceWrites) {
    this.jdbc = jdbc;
    this.invoiceWrites = invoiceWrites;
  }

  /** Starts writing one file; call {@link Session#write} once per batch, each in a transaction. */
  public Session session() {
    return new Session();
  }

  /**
   * Remembers what this file already said about each customer, so a customer named on every
   * tenth row is written once, not once per batch.
   */
  public final class Session {

    private final Map<String, CustomerFacts> written = new HashMap<>();
    private final Map<String, Long> customerIds = new HashMap<>();

    private Session() {}

    public WriteOutcome write(List<ImportedInvoice> invoices) {
      if (invoices.isEmpty()) {
        return new WriteOutcome(List.of(), List.of(), 0, List.of());
      }
      // Customers are matched by PostgreSQL's lower(name), never by Java's case rules, so the
      // two can't disagree; the last row giving a customer's zone or contact decides it.
      Map<String, CustomerFacts> customers = new LinkedHashMap<>();
      invoices.forEach(
          invoice ->
              customers.merge(
                  invoice.customer(), CustomerFacts.of(invoice), CustomerFacts::updatedBy));
      List<CustomerFacts> news =
          customers.values().stream()
              .filter(facts -> !facts.equals(written.get(facts.customer())))
              .toList();
      if (!news.isEmpty()) {
        Map<String, Long> ids = upsertCustomers(news);
        updateBillingContacts(news, ids);
        customerIds.putAll(ids);
        news.forEach(facts -> written.put(facts.customer(), facts));
      }
      lockInOrder(invoices);
      WriteOutcome written = upsertInvoices(invoices, customerIds);
      return written.withPaidFigures(paidFigures(invoices));
    }
  }

  private Map<String, Long> upsertCustomers(Collection<CustomerFacts> rows) {
    List<String> namesWithZone = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    List<String> namesWithoutZone = new ArrayList<>();
    for (CustomerFacts row : rows) {
      if (row.timeZone() == null) {
        namesWithoutZone.add(row.customer());
      } else {
        namesWithZone.add(row.customer());
        zones.add(row.timeZone());
      }
    }
    if (!namesWithZone.isEmpty()) {
      execute(UPSERT_CUSTOMERS_WITH_ZONE, texts(namesWithZone), texts(zones));
    }
    if (!namesWithoutZone.isEmpty()) {
      execute(INSERT_CUSTOMERS, texts(namesWithoutZone));
    }
    List<String> names = rows.stream().map(CustomerFacts::customer).toList();
    Map<String, Long> ids = new HashMap<>();
    jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(CUSTOMER_IDS);
          statement.setArray(1, texts(names).apply(connection));
          return statement;
        },
        row -> {
          ids.put(row.getString(1), row.getLong(2));
        });
    return ids;
  }

  private void updateBillingContacts(
      Collection<CustomerFacts> rows, Map<String, Long> customerIds) {
    // Two spellings of one name are one customer: the later row decides.
    Map<Long, CustomerFacts> contacts = new LinkedHashMap<>();
    rows.stream()
        .filter(CustomerFacts::hasContact)
        .forEach(row -> contacts.merge(customerIds.get(row.customer()), row, CustomerFacts::updatedBy));
    if (contacts.isEmpty()) {
      return;
    }
    List<Long> ids = List.copyOf(contacts.keySet());
    List<String> emails = contacts.values().stream().map(CustomerFacts::email).toList();
    List<String> phones = contacts.values().stream().map(CustomerFacts::phone).toList();
    ArrayOf idArray = connection -> connection.createArrayOf("bigint", ids.toArray());
    execute(UPDATE_BILLING_CONTACTS, idArray, texts(emails), texts(phones));
    execute(INSERT_MISSING_BILLING_CONTACTS, idArray, texts(emails), texts(phones));
  }

  private void lockInOrder(List<ImportedInvoice> invoices) {
    ArrayOf numbers = texts(invoices.stream().map(ImportedInvoice::number).toList());
    for (String lock : List.of(LOCK_INVOICES, LOCK_CASES)) {
      jdbc.query(
          connection -> {
            PreparedStatement statement = connection.prepareStatement(lock);
            statement.setArray(1, numbers.apply(connection));
            return statement;
          },
          row -> {});
    }
  }

  private WriteOutcome upsertInvoices(List<ImportedInvoice> invoices, Map<String, Long> customerIds) {
    InvoiceWrites.Upserted upserted =
        invoiceWrites.upsertImported(
            invoices.stream()
                .map(row -> new ImportedTerms(row.number(), row.customer(), row.terms()))
                .toList(),
            customerIds);
    return new WriteOutcome(
        upserted.createdIds(),
        upserted.changedIds(),
        invoices.size() - upserted.createdIds().size() - upserted.changedIds().size(),
        List.of());
  }

  private List<PaidFigures> paidFigures(List<ImportedInvoice> invoices) {
    List<String> numbers = invoices.stream().map(ImportedInvoice::number).toList();
    return jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(PAID_FIGURES);
          statement.setArray(1, texts(numbers).apply(connection));
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

  @SafeVarargs
  private void execute(String sql, ArrayOf... arrays) {
    jdbc.update(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql);
          for (int i = 0; i < arrays.length; i++) {
            statement.setArray(i + 1, arrays[i].apply(connection));
          }
          return statement;
        });
  }

  private static ArrayOf texts(List<String> values) {
    return connection -> connection.createArrayOf("text", values.toArray());
  }

  /** What one batch says about a customer; null means the file left it blank. */
  private record CustomerFacts(String customer, String timeZone, String email, String phone) {

    static CustomerFacts of(ImportedInvoice row) {
      return new CustomerFacts(row.customer(), row.timeZone(), row.email(), row.phone());
    }

    CustomerFacts updatedBy(CustomerFacts later) {
      return new CustomerFacts(
          customer,
          later.timeZone != null ? later.timeZone : timeZone,
          later.email != null ? later.email : email,
          later.phone != null ? later.phone : phone);
    }

    boolean hasContact() {
      return email != null || phone != null;
    }
  }

  @FunctionalInterface
  private interface ArrayOf {
    Array apply(Connection connection) throws SQLException;
  }
}
