package app.recoup.ledger.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of open collection cases a finance team works from, most pressing first: cases where
 * the customer replied or broke a promise, then money at stake times days overdue. Urgency depends
 * on today's date, so it is computed per query over the open cases (a partial index holds just
 * those) and paged by keyset, never by OFFSET.
 */
@Repository
public class CaseQueue {

  private static final String ROWS =
      """
      select * from (
        select i.number as invoice_number, c.name as customer, c.segment, i.currency, i.balance,
               i.due_date, c.time_zone, k.status, k.current_step, k.next_touch_at, k.pause_reason,
               k.assignee,
               case when r.last_reply is null then false
                    else r.last_reply > coalesce((select max(o.created_at) from outbox_message o
                                                   where o.case_id = k.id), '-infinity') end
                 as replied,
               coalesce(p.last_promised < current_date, false) as promise_broken,
               i.balance * greatest(current_date - i.due_date, 1) as urgency
          from collection_case k
          join invoice i on i.id = k.invoice_id
          join customer c on c.id = i.customer_id
          left join (select case_id, max(received_at) as last_reply from inbound_message
                      where classification = 'REPLY' and case_id is not null
                      group by case_id) r on r.case_id = k.id
          left join (select invoice_id, max(promised_date) as last_promised from promise_to_pay
                      group by invoice_id) p on p.invoice_id = i.id
         where k.status <> 'CLOSED' %s
      ) q
      %s
      order by (q.replied or q.promise_broken) desc, q.urgency desc, q.invoice_number desc
      limit :limit
      """;

  private final JdbcClient jdbc;

  public CaseQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of open and paused cases matching the filter, starting after the cursor (if any). */
  public QueuePage page(QueueFilter filter, QueueCursor after, int size) {
    Statement statement = statement(filter, after, size + 1);
    List<QueueRow> rows =
        new ArrayList<>(
            jdbc.sql(statement.sql()).params(statement.params()).query(QueueRow.class).list());
    QueueCursor next = null;
    if (rows.size() > size) {
      rows.remove(size);
      next = rows.get(size - 1).cursor();
    }
    return new QueuePage(List.copyOf(rows), next);
  }

  /** The SQL behind a page, also for whoever wants to EXPLAIN it (tests, the bench). */
  public record Statement(String sql, Map<String, Object> params) {}

  public Statement statement(QueueFilter filter, QueueCursor after, int limit) {
    Map<String, Object> params = new TreeMap<>();
    StringBuilder where = new StringBuilder();
    if (filter.status() != null) {
      where.append(" and k.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.bucket() != null) {
      if (filter.bucket().fromDays() == null) {
        where.append(" and i.due_date >= current_date");
      } else {
        where.append(" and i.due_date <= current_date - :fromDays");
        params.put("fromDays", filter.bucket().fromDays());
      }
      if (filter.bucket().toDays() != null && filter.bucket().fromDays() != null) {
        where.append(" and i.due_date >= current_date - :toDays");
        params.put("toDays", filter.bucket().toDays());
      }
    }
    if (filter.segment() != null) {
      where.append(" and c.segment = :segment");
      params.put("segment", filter.segment());
    }
    if (filter.customer() != null) {
      where.append(" and lower(c.name) like :customer escape '\\'");
      params.put("customer", likePrefix(filter.customer()));
    }
    if (filter.assignee() != null) {
      where.append(" and k.assignee = :assignee");
      params.put("assignee", filter.assignee());
    }
    String keyset = "";
    if (after != null) {
      keyset =
          "where ((q.replied or q.promise_broken), q.urgency, q.invoice_number)"
              + " < (:afterAttention, :afterUrgency, :afterNumber)";
      params.put("afterAttention", after.attention());
      params.put("afterUrgency", after.urgency());
      params.put("afterNumber", after.invoiceNumber());
    }
    params.put("limit", limit);
    return new Statement(ROWS.formatted(where, keyset), Map.copyOf(params));
  }

  public List<String> segments() {
    return jdbc.sql("select distinct segment from customer order by segment")
        .query(String.class)
        .list();
  }

  public List<String> assignees() {
    return jdbc.sql(
            """
            select distinct assignee from collection_case
             where status <> 'CLOSED' and assignee is not null order by assignee
            """)
        .query(String.class)
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

  private static String likePrefix(String text) {
    return text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
  }
}
