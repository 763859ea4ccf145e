package app.recoup.ledger.tasks;

import java.util.Collection;
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

  /**
   * Opens a task about no case (its title names what it is about); returns whether it was opened:
   * the same task already open is not opened again.
   */
  public boolean openOnceWithoutCase(String kind, String title) {
    return jdbc.sql(
                """
                insert into human_task (kind, title)
                select :kind, :title
                 where not exists (select 1 from human_task
                                    where case_id is null and kind = :kind and title = :title and status = 'OPEN')
                """)
            .param("kind", kind)
            .param("title", title)
            .update()
        == 1;
  }

  /** Marks done the open tasks of that kind on the cases of these invoices. */
  public void completeOpenOnInvoices(Collection<Long> invoiceIds, String kind, String by) {
    if (invoiceIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update human_task t set status = 'DONE', completed_at = now(), completed_by = :by
              from collection_case c
             where c.id = t.case_id and c.invoice_id in (:invoiceIds) and t.kind = :kind and t.status = 'OPEN'
            """)
        .param("invoiceIds", invoiceIds)
        .param("kind", kind)
        .param("by", by)
        .update();
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
