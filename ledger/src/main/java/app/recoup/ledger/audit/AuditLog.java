package app.recoup.ledger.audit;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every action, in time order: what people did outside cases (recorded here) and every case's
 * timeline (recorded by the process).
 */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, String action, String details) {
    jdbc.sql("insert into audit_event (actor, action, details) values (:actor, :action, :details)")
        .param("actor", actor)
        .param("action", action)
        .param("details", details)
        .update();
  }

  /** All entries, oldest first, row by row. */
  public void forEach(Consumer<Entry> consumer) {
    try (Stream<Entry> entries =
        jdbc
            .sql(
                """
            select occurred_at, actor, action, invoice_number, details from (
              select e.occurred_at, e.id, 1 as source, e.actor, e.type as action,
                     i.number as invoice_number, e.details
                from timeline_event e
                join collection_case k on k.id = e.case_id
                join invoice i on i.id = k.invoice_id
              union all
              select occurred_at, id, 0, actor, action, null, details from audit_event
            ) a order by occurred_at, source, id
            """)
            .query(
                (rs, row) ->
                    new Entry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("invoice_number"),
                        rs.getString("details")))
            .stream()) {
      entries.forEach(consumer);
    }
  }

  /** One action: {@code invoiceNumber} is null for actions outside a case. */
  public record Entry(
      Instant occurredAt, String actor, String action, String invoiceNumber, String details) {}
}
