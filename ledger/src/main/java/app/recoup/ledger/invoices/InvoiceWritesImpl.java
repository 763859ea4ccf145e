package app.recoup.ledger.invoices;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class InvoiceWritesImpl implements InvoiceWrites {

  /**
   * The file's amount paid is what the books say ({@code books_paid}); the amount paid is what
   * {@code invoice_paid_after_import} makes of it beside the money Recoup recorded, so a stale
   * export never lowers it. A zero balance means paid; void or written-off invoices keep status.
   */
  private static final String UPSERT_IMPORTED =
      """
      insert into invoice as i (number, customer_id, currency, total, amount_paid, books_paid,
                                issue_date, due_date, po_reference, status)
      select number, customer_id, currency, total, paid, paid, issued, due, po,
             case when total - paid <= 0 then 'PAID' else 'OPEN' end
        from unnest(?::text[], ?::bigint[], ?::text[], ?::numeric[], ?::numeric[],
                    ?::date[], ?::date[], ?::text[])
             as given(number, customer_id, currency, total, paid, issued, due, po)
      on conflict (number) do update
         set customer_id = excluded.customer_id, currency = excluded.currency,
             total = excluded.total, books_paid = excluded.books_paid,
             amount_paid = invoice_paid_after_import(i.id, i.amount_paid, i.books_paid, excluded.books_paid),
             issue_date = excluded.issue_date, due_date = excluded.due_date,
             po_reference = excluded.po_reference,
             status = case when i.status not in ('OPEN', 'PAID') then i.status
                           when excluded.total + i.fees - i.amount_credited
                                - invoice_paid_after_import(i.id, i.amount_paid, i.books_paid, excluded.books_paid)
                                <= 0 then 'PAID'
                           else 'OPEN' end,
             updated_at = now(), version = i.version + 1
       where (i.customer_id, i.currency, i.total, i.books_paid, i.issue_date, i.due_date,
              i.po_reference)
             is distinct from
             (excluded.customer_id, excluded.currency, excluded.total, excluded.books_paid,
              excluded.issue_date, excluded.due_date, excluded.po_reference)
      returning i.id, (i.xmax = 0) as inserted, i.number
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JdbcAggregateTemplate aggregates;

  InvoiceWritesImpl(JdbcClient jdbc, JdbcTemplate template, JdbcAggregateTemplate aggregates) {
    this.jdbc = jdbc;
    this.template = template;
    this.aggregates = aggregates;
  }

  @Override
  public Optional<Invoice> lockByNumber(String number) {
    return lock("number", number);
  }

  @Override
  public Optional<Invoice> lockById(long id) {
    return lock("id", id);
  }

  /**
   * @param column a column of this class's choosing, never the caller's text
   */
  private Optional<Invoice> lock(String column, Object value) {
    return jdbc.sql("select id from invoice where " + column + " = ? for update")
        .param(value)
        .query(Long.class)
        .optional()
        .map(id -> aggregates.findById(id, Invoice.class));
  }

  @Override
  public void addFees(long invoiceId, BigDecimal amount) {
    jdbc.sql(
            "update invoice set fees = fees + :amount, updated_at = now(), version = version + 1 where id = :id")
        .param("id", invoiceId)
        .param("amount", amount)
        .update();
  }

  @Override
  public void writeOffForCase(long caseId) {
    jdbc.sql(
            """
            update invoice set status = 'WRITTEN_OFF', updated_at = now(), version = version + 1
             where id = (select invoice_id from collection_case where id = :caseId) and status = 'OPEN'
            """)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public Upserted upsertImported(List<ImportedTerms> rows, Map<String, Long> customerIds) {
    List<Long> created = new ArrayList<>();
    List<Long> changed = new ArrayList<>();
    Set<String> createdNumbers = new HashSet<>();
    template.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(UPSERT_IMPORTED);
          statement.setArray(1, column(connection, "text", rows, ImportedTerms::number));
          statement.setArray(
              2, column(connection, "bigint", rows, row -> customerIds.get(row.customer())));
          statement.setArray(3, column(connection, "text", rows, row -> row.terms().currency()));
          statement.setArray(4, column(connection, "numeric", rows, row -> row.terms().total()));
          statement.setArray(
              5, column(connection, "numeric", rows, row -> row.terms().amountPaid()));
          statement.setArray(
              6, column(connection, "text", rows, row -> row.terms().issueDate().toString()));
          statement.setArray(
              7, column(connection, "text", rows, row -> row.terms().dueDate().toString()));
          statement.setArray(8, column(connection, "text", rows, row -> row.terms().poReference()));
          return statement;
        },
        row -> {
          if (row.getBoolean(2)) {
            created.add(row.getLong(1));
            createdNumbers.add(row.getString(3));
          } else {
            changed.add(row.getLong(1));
          }
        });
    return new Upserted(created, changed, createdNumbers);
  }

  private static <T> Array column(
      Connection connection, String type, List<T> rows, Function<T, Object> value)
      throws SQLException {
    Object[] values = new Object[rows.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.apply(rows.get(i));
    }
    return connection.createArrayOf(type, values);
  }
}
