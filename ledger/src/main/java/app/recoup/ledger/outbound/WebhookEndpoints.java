package app.recoup.ledger.outbound;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Endpoints of outbound webhooks; the one writer of {@code webhook_endpoint}. */
@Repository
public class WebhookEndpoints {

  private static final String COLUMNS =
      "id, url, description, event_types, enabled, disabled_reason, consecutive_failures,"
          + " failing_since, created_at, created_by";

  private final JdbcClient jdbc;

  WebhookEndpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long create(
      String url,
      String description,
      String secret,
      List<String> eventTypes,
      boolean enabled,
      String by,
      Instant at) {
    return jdbc.sql(
            """
            insert into webhook_endpoint (url, description, secret, event_types, enabled, created_at, created_by)
            values (:url, :description, :secret, :types, :enabled, :at, :by)
            returning id
            """)
        .param("url", url)
        .param("description", description)
        .param("secret", secret)
        .param("types", eventTypes.toArray(String[]::new))
        .param("enabled", enabled)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /**
   * Changes what an admin may change; enabling a disabled endpoint forgets its failures. False when
   * there is no such endpoint.
   */
  public boolean update(
      long id, String url, String description, List<String> eventTypes, boolean enabled) {
    return jdbc.sql(
                """
                update webhook_endpoint
                   set url = :url, description = :description, event_types = :types,
                       disabled_reason = case when :enabled then null else disabled_reason end,
                       consecutive_failures = case when :enabled and not enabled then 0 else consecutive_failures end,
                       failing_since = case when :enabled and not enabled then null else failing_since end,
                       enabled = :enabled
                 where id = :id
                """)
            .param("id", id)
            .param("url", url)
            .param("description", description)
            .param("types", eventTypes.toArray(String[]::new))
            .param("enabled", enabled)
            .update()
        == 1;
  }

  /** Deletes the endpoint with its deliveries and their attempts. */
  public boolean delete(long id) {
    return jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update() == 1;
  }

  public Optional<WebhookEndpoint> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = ?")
        .param(id)
        .query(WebhookEndpoints::endpoint)
        .optional();
  }

  public List<WebhookEndpoint> all() {
    return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by id")
        .query(WebhookEndpoints::endpoint)
        .list();
  }

  /** The signing secret; read to sign only. */
  public Optional<String> secretOf(long id) {
    return jdbc.sql("select secret from webhook_endpoint where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  /** The endpoint answered: its failures are forgotten. */
  public void succeeded(long id) {
    jdbc.sql(
            """
            update webhook_endpoint set consecutive_failures = 0, failing_since = null
             where id = ? and consecutive_failures > 0
            """)
        .param(id)
        .update();
  }

  /** Counts a failed attempt; answers the endpoint's failures so far (empty when it is gone). */
  public Optional<Failures> failed(long id, Instant at) {
    return jdbc.sql(
            """
            update webhook_endpoint
               set consecutive_failures = consecutive_failures + 1,
                   failing_since = coalesce(failing_since, :at)
             where id = :id
            returning consecutive_failures, failing_since
            """)
        .param("id", id)
        .param("at", Timestamp.from(at))
        .query(
            (rs, row) ->
                new Failures(
                    rs.getInt("consecutive_failures"),
                    rs.getTimestamp("failing_since").toInstant()))
        .optional();
  }

  /** A run of failed attempts: how many, and since when. */
  public record Failures(int count, Instant since) {}

  /** Stops delivering to an enabled endpoint; true only for the call that disabled it. */
  public boolean disable(long id, String reason) {
    return jdbc.sql(
                "update webhook_endpoint set enabled = false, disabled_reason = ? where id = ? and enabled")
            .params(reason, id)
            .update()
        == 1;
  }

  private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
    Array types = rs.getArray("event_types");
    Timestamp failingSince = rs.getTimestamp("failing_since");
    return new WebhookEndpoint(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("description"),
        Arrays.asList((String[]) types.getArray()),
        rs.getBoolean("enabled"),
        rs.getString("disabled_reason"),
        rs.getInt("consecutive_failures"),
        failingSince == null ? null : failingSince.toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }
}
