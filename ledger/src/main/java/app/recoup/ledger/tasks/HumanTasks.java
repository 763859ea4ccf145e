package app.recoup.ledger.tasks;

import app.recoup.workflows.vocabulary.TaskKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions the process hands to people; the one writer of {@code human_task}. */
@Repository
public class HumanTasks {

  private final JdbcClient jdbc;

  HumanTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether a task was opened: a case has at most one open task of each kind. */
  public boolean openOnce(long caseId, TaskKind kind, String title) {
    return jdbc.sql(
                """
                insert into human_task (case_id, kind, title) values (:caseId, :kind, :title)
                on conflict (case_id, kind) where status = 'OPEN' do nothing
                """)
            .param("caseId", caseId)
            .param("kind", kind.stored())
            .param("title", title)
            .update()
        == 1;
  }

  /**
   * Opens a task about no case (its title names what it is about); returns whether it was opened:
   * the same task already open is not opened again.
   */
  public boolean openOnceWithoutCase(TaskKind kind, String title) {
    return jdbc.sql(
                """
                insert into human_task (kind, title)
                select :kind, :title
                 where not exists (select 1 from human_task
                                    where case_id is null and kind = :kind and title = :title and status = 'OPEN')
                """)
            .param("kind", kind.stored())
            .param("title", title)
            .update()
        == 1;
  }

  /** Marks done the open tasks of that kind on the cases of these invoices. */
  public void completeOpenOnInvoices(Collection<Long> invoiceIds, TaskKind kind, String by) {
    if (invoiceIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update human_task t set status = 'DONE', completed_at = now(), completed_by = :by
              from collection_case c
             where c.id = t.case_id and c.invoice_id = any(:invoiceIds) and t.kind = :kind and t.status = 'OPEN'
            """)
        // one array, not thousands of bind parameters: an import batch names up to 5,000 invoices
        .param("invoiceIds", invoiceIds.toArray(Long[]::new))
        .param("kind", kind.stored())
        .param("by", by)
        .update();
  }

  /** Tasks waiting for a person, across every case. */
  public long countOpen() {
    return jdbc.sql("select count(*) from human_task where status = 'OPEN'")
        .query(Long.class)
        .single();
  }

  /** Marks the case's open task of that kind done; returns whether there was one. */
  public boolean completeOpen(long caseId, TaskKind kind, String by) {
    return settleOpen(caseId, kind, by, "DONE");
  }

  /** Opens a task for a person, however many are open; {@code caseId} may be null for no case. */
  public long open(Long caseId, TaskKind kind, String title) {
    return jdbc.sql("insert into human_task (case_id, kind, title) values (?, ?, ?) returning id")
        .params(caseId, kind.stored(), title)
        .query(Long.class)
        .single();
  }

  /**
   * The case's one follow-up: opened due at {@code dueAt} for {@code assignee}, or, when one is
   * open already, moved to that time and person (the latest call says when to act next). Returns
   * its id.
   */
  public long scheduleFollowUp(long caseId, String title, Instant dueAt, String assignee) {
    return jdbc.sql(
            """
            insert into human_task (case_id, kind, title, due_at, assignee)
            values (:caseId, :kind, :title, :dueAt, :assignee)
            on conflict (case_id, kind) where status = 'OPEN'
            do update set title = excluded.title, due_at = excluded.due_at, assignee = excluded.assignee
            returning id
            """)
        .param("caseId", caseId)
        .param("kind", TaskKind.FOLLOW_UP.stored())
        .param("title", title)
        .param("dueAt", Timestamp.from(dueAt))
        .param("assignee", assignee)
        .query(Long.class)
        .single();
  }

  /**
   * Opens the case's task of that kind for {@code assignee} (null: the case's assignee, if it has
   * one) unless one is open; returns the open task's id either way, so a repeated call finds the
   * task it opened.
   */
  public long openOnceFor(
      long caseId, TaskKind kind, String title, String assignee, Instant dueAt) {
    jdbc.sql(
            """
            insert into human_task (case_id, kind, title, assignee, due_at)
            select :caseId, :kind, :title, coalesce(:assignee, c.assignee), :dueAt
              from collection_case c where c.id = :caseId
            on conflict (case_id, kind) where status = 'OPEN' do nothing
            """)
        .param("caseId", caseId)
        .param("kind", kind.stored())
        .param("title", title)
        .param("assignee", assignee)
        .param("dueAt", dueAt == null ? null : Timestamp.from(dueAt))
        .update();
    return jdbc.sql(
            "select id from human_task where case_id = :caseId and kind = :kind and status = 'OPEN'")
        .param("caseId", caseId)
        .param("kind", kind.stored())
        .query(Long.class)
        .single();
  }

  /** Cancels the case's open task of that kind (the process no longer waits for it). */
  public void cancelOpen(long caseId, TaskKind kind, String by) {
    settleOpen(caseId, kind, by, "CANCELLED");
  }

  private boolean settleOpen(long caseId, TaskKind kind, String by, String status) {
    return jdbc.sql(
                """
                update human_task set status = :status, completed_at = now(), completed_by = :by
                 where case_id = :caseId and kind = :kind and status = 'OPEN'
                """)
            .param("status", status)
            .param("caseId", caseId)
            .param("kind", kind.stored())
            .param("by", by)
            .update()
        == 1;
  }

  public boolean assign(long taskId, String assignee) {
    return jdbc.sql("update human_task set assignee = :assignee where id = :id and status = 'OPEN'")
            .param("assignee", assignee)
            .param("id", taskId)
            .update()
        == 1;
  }

  /** Marks an open task done; empty when it is unknown or already done. */
  public Optional<CompletedTask> complete(long taskId, String decision, String by) {
    return jdbc.sql(
            """
            update human_task
               set status = 'DONE', decision = :decision, completed_by = :by, completed_at = now()
             where id = :id and status = 'OPEN'
            returning id, case_id, kind, title, decision
            """)
        .param("decision", decision)
        .param("by", by)
        .param("id", taskId)
        .query(CompletedTask.class)
        .optional();
  }
}
