package app.recoup.ledger.tasks;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tasks people work through (read only: {@link HumanTasks} writes them). */
@Repository
public class TaskBoard {

  private static final String TASKS =
      """
      select t.id, t.case_id, i.number as invoice_number, c.name as customer, t.kind,
             t.title, t.assignee, t.due_at, t.created_at, t.status, t.decision,
             t.completed_by, t.completed_at
        from human_task t
        left join collection_case k on k.id = t.case_id
        left join invoice i on i.id = k.invoice_id
        left join customer c on c.id = i.customer_id
      """;

  private final JdbcClient jdbc;

  TaskBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Open tasks, the most urgent first; only one person's when {@code assignee} is given. */
  public List<Task> open(String assignee) {
    return jdbc.sql(
            TASKS
                + """
                 where t.status = 'OPEN' and (cast(:assignee as text) is null or t.assignee = :assignee)
                 order by t.due_at nulls last, t.created_at, t.id
                """)
        .param("assignee", assignee)
        .query(Task.class)
        .list();
  }

  /** One task, open or done; empty when there is none with this id. */
  public Optional<Task> find(long id) {
    return jdbc.sql(TASKS + " where t.id = :id").param("id", id).query(Task.class).optional();
  }
}
