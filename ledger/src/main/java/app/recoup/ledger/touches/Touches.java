package app.recoup.ledger.touches;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders of a case, from planned to sent, each claimed once by its idempotency key. */
@Repository
public class Touches {

  private final JdbcClient jdbc;

  Touches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Plans the touch on the customer's preferred channel. Returns whether it was new: a key seen
   * before plans nothing.
   */
  public boolean plan(long caseId, int step, Instant plannedAt, String idempotencyKey) {
    return jdbc.sql(
                """
                insert into touch (case_id, step, channel, status, idempotency_key, planned_at)
                select cc.id, :step, cu.preferred_channel, 'PLANNED', :key, :plannedAt
                  from collection_case cc
                  join invoice i on i.id = cc.invoice_id
                  join customer cu on cu.id = i.customer_id
                 where cc.id = :caseId
                on conflict do nothing
                """)
            .param("caseId", caseId)
            .param("step", step)
            .param("key", idempotencyKey)
            .param("plannedAt", Timestamp.from(plannedAt))
            .update()
        == 1;
  }
}
