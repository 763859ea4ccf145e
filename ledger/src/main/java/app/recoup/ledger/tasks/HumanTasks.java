package app.recoup.ledger.tasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions the process hands to people. */
@Repository
public class HumanTasks {

  private final JdbcClient jdbc;

  HumanTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether a task was opened: a case has at most one open task of each kind. */
  public boolean openOnce(long caseId, String kind, String title) {
    return jdbc.sql(
                """
                insert into human_task (case_id, kind, title) values (:caseId, :kind, :title)
                on conflict (case_id, kind) where status = 'OPEN' do nothing
                """)
            .param("caseId", caseId)
            .param("kind", kind)
            .param("title", title)
            .update()
        == 1;
  }

  /** Tasks waiting for a person, across every case. */
  public long countOpen() {
    return jdbc.sql("select count(*) from human_task where status = 'OPEN'")
        .query(Long.class)
        .single();
  }

  /** Marks the case's open task of that kind done; returns whether there was one. */
  public boolean completeOpen(long caseId, String kind, String by) {
    return jdbc.sql(
                """
                update human_task set status = 'DONE', completed_at = now(), completed_by = :by
                 where case_id = :caseId and kind = :kind and status = 'OPEN'
                """)
            .param("caseId", caseId)
            .param("kind", kind)
            .param("by", by)
            .update()
        == 1;
  }
}
