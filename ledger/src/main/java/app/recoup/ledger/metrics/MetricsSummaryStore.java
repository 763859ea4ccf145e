package app.recoup.ledger.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The metrics page's last summary per currency, shared by every replica: one of them reads the
 * ledger when it is too old, the others show what it read. The figures are kept as JSON, written
 * and read by the page that shows them.
 */
@Repository
public class MetricsSummaryStore {

  /** A summary's figures and when they were read. */
  public record Stored(Instant asOf, String figures) {}

  private final JdbcClient jdbc;

  public MetricsSummaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Stored> find(String key) {
    return jdbc.sql("select as_of, figures::text from metrics_summary where key = :key")
        .param("key", key)
        .query((row, n) -> new Stored(row.getTimestamp(1).toInstant(), row.getString(2)))
        .optional();
  }

  /** Keeps {@code figures} unless newer ones are kept already (a slower read finished later). */
  public void save(String key, Instant asOf, String figures) {
    jdbc.sql(
            """
            insert into metrics_summary (key, as_of, figures) values (:key, :asOf, cast(:figures as jsonb))
            on conflict (key) do update set as_of = excluded.as_of, figures = excluded.figures
              where metrics_summary.as_of < excluded.as_of
            """)
        .param("key", key)
        .param("asOf", Timestamp.from(asOf))
        .param("figures", figures)
        .update();
  }
}
