package app.recoup.ledger.policies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether each cadence policy's customers are thanked when an invoice is paid in full; the one
 * writer of {@code policy_thanks}. On unless saved off.
 */
@Repository
public class PolicyThanks {

  private final JdbcClient jdbc;

  PolicyThanks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean thankWhenPaid(String policy) {
    return jdbc.sql("select thank_when_paid from policy_thanks where policy = ?")
        .param(policy)
        .query(Boolean.class)
        .optional()
        .orElse(true);
  }

  public void save(String policy, boolean thankWhenPaid, String by) {
    jdbc.sql(
            """
            insert into policy_thanks (policy, thank_when_paid, updated_by) values (?, ?, ?)
            on conflict (policy) do update
               set thank_when_paid = excluded.thank_when_paid, updated_by = excluded.updated_by,
                   updated_at = now()
            """)
        .params(policy, thankWhenPaid, by)
        .update();
  }
}
