package app.recoup.ledger.queue;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The list of open collection cases a finance team works from, most pressing first. */
@Repository
public class CaseQueue {

  private final JdbcClient jdbc;

  public CaseQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Open and paused cases ordered by money at stake times days overdue. */
  public List<QueueRow> openCases(int limit) {
    return jdbc.sql(
            """
            select i.number as invoice_number, c.name as customer, i.currency, i.balance,
                   i.due_date, c.time_zone, k.status, k.current_step, k.next_touch_at, k.pause_reason
              from collection_case k
              join invoice i on i.id = k.invoice_id
              join customer c on c.id = i.customer_id
             where k.status <> 'CLOSED'
             order by i.balance * greatest(current_date - i.due_date, 1) desc, i.number
             limit :limit
            """)
        .param("limit", limit)
        .query(QueueRow.class)
        .list();
  }

  public long countOpenCases() {
    return jdbc.sql("select count(*) from collection_case where status <> 'CLOSED'")
        .query(Long.class)
        .single();
  }

  public long countInvoices() {
    return jdbc.sql("select count(*) from invoice").query(Long.class).single();
  }
}
