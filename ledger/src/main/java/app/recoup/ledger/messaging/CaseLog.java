package app.recoup.ledger.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the channels write about a case: timeline events and human tasks. Small on purpose; the
 * cases module owns the full timeline and task repositories.
 */
@Repository
public class CaseLog {

  static final String ACTOR = "messaging";

  private final JdbcClient jdbc;

  public CaseLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Appends an event unless one with the same dedup key exists. Returns whether it was added. */
  public boolean event(long caseId, String type, String details, String dedupKey) {
    return jdbc.sql(
                """
                insert into timeline_event (case_id, actor, type, details, dedup_key)
                values (?, ?, ?, ?, ?)
                on conflict (dedup_key) where dedup_key is not null do nothing
                """)
            .params(caseId, ACTOR, type, details, dedupKey)
            .update()
        == 1;
  }

  /** Opens a task for a person; {@code caseId} may be null for a task about no case. */
  public long openTask(Long caseId, String kind, String title) {
    return jdbc.sql("insert into human_task (case_id, kind, title) values (?, ?, ?) returning id")
        .params(caseId, kind, title)
        .query(Long.class)
        .single();
  }
}
