package app.recoup.ledger.correspondence;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How each cadence policy's touches reach a customer; the one writer of {@code policy_combining}.
 */
@Repository
public class PolicyCombinings {

  private final JdbcClient jdbc;

  PolicyCombinings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param perCustomer combined per customer rather than each invoice on its own
   * @param window how long a due touch waits for its siblings; null for the rest of the customer's
   *     business day
   * @param alsoOpen the combined message lists the customer's other open invoices too
   */
  public record PolicyCombining(boolean perCustomer, Duration window, boolean alsoOpen) {}

  /** The policy's stored setting; none for a policy saved since the migration without one. */
  public Optional<PolicyCombining> find(String policy) {
    return jdbc.sql(
            "select mode, window_minutes, also_open from policy_combining where policy = :policy")
        .param("policy", policy)
        .query(
            (rs, row) -> {
              int minutes = rs.getInt("window_minutes");
              return new PolicyCombining(
                  "PER_CUSTOMER".equals(rs.getString("mode")),
                  rs.wasNull() ? null : Duration.ofMinutes(minutes),
                  rs.getBoolean("also_open"));
            })
        .optional();
  }

  public void save(String policy, PolicyCombining combining, String by) {
    jdbc.sql(
            """
            insert into policy_combining (policy, mode, window_minutes, also_open, updated_by)
            values (:policy, :mode, :window, :alsoOpen, :by)
            on conflict (policy) do update
               set mode = excluded.mode, window_minutes = excluded.window_minutes,
                   also_open = excluded.also_open, updated_by = excluded.updated_by, updated_at = now()
            """)
        .param("policy", policy)
        .param("mode", combining.perCustomer() ? "PER_CUSTOMER" : "PER_INVOICE")
        .param("window", combining.window() == null ? null : (int) combining.window().toMinutes())
        .param("alsoOpen", combining.alsoOpen())
        .param("by", by)
        .update();
  }
}
