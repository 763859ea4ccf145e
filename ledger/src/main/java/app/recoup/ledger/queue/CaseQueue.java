package app.recoup.ledger.queue;

import app.recoup.ledger.Like;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of open collection cases a finance team works from, most pressing first: cases where
 * the customer replied after our last message or broke a promise, then the stored urgency
 * (balance x days overdue, see V7__dashboard.sql). Pages are read by keyset, never by OFFSET: the
 * second part walks the open-case index in urgency order and stops after one page.
 */
@Repository
public class CaseQueue {

  private static final String COLUMNS =
      """
      k.id as case_id, i.number as invoice_number, c.name as customer, c.segment, i.currency,
      i.balance, i.due_date, c.time_zone, k.status, k.current_step, k.next_touch_at,
      k.pause_reason, k.assignee, k.urgency
      """;

  private static final String FROM =
      """
      from collection_case k
      join invoice i on i.id = k.invoice_id
      join customer c on c.id = i.customer_id
      """;

  /** Open cases whose customer spoke last, or whose latest promised date has passed. */
  private static final String ATTENTION =
      """
      with attention as materialized (
        select k.id as case_id,
               coalesce(r.last_reply > coalesce((select max(o.created_at) from outbox_message o
                                                  where o.case_id = k.id), '-infinity'), false)
                 as replied,
               coalesce(p.last_promised < current_date, false) as promise_broken
          from (select case_id, max(received_at) as last_reply from inbound_message
                 where classification = 'REPLY' and case_id is not null group by case_id) r
          full join (select pk.id as case_id, max(pp.promised_date) as last_promised
                       from promise_to_pay pp join collection_case pk on pk.invoice_id = pp.invoice_id
                      group by pk.id) p using (case_id)
          join collection_case k on k.id = case_id
         where k.status <> 'CLOSED'
      ),
      pressing as (select * from attention where replied or promise_broken)
      """;

  private static final String PAGE =
      ATTENTION
          + """
          select * from (
            (select %1$s, a.replied, a.promise_broken
               from pressing a join collection_case k on k.id = a.case_id
               join invoice i on i.id = k.invoice_id
               join customer c on c.id = i.customer_id
              where true %2$s %3$s
              order by k.urgency desc, k.id desc limit :limit)
            union all
            (select %1$s, false, false
               %4$s
              where k.status <> 'CLOSED' and k.id not in (select case_id from pressing) %2$s %5$s
              order by k.urgency desc, k.id desc limit :limit)
          ) q
          order by (q.replied or q.promise_broken) desc, q.urgency desc, q.case_id desc
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
      params.put("customer", Like.prefix(filter.customer()));
    }
    if (filter.assignee() != null) {
      where.append(" and k.assignee = :assignee");
      params.put("assignee", filter.assignee());
    }
    String pressingAfter = "";
    String restAfter = "";
    if (after != null && after.attention()) {
      pressingAfter = "and (k.urgency, k.id) < (:afterUrgency, :afterCase)";
    } else if (after != null) {
      pressingAfter = "and false";
      restAfter = "and (k.urgency, k.id) < (:afterUrgency, :afterCase)";
    }
    if (after != null) {
      params.put("afterUrgency", after.urgency());
      params.put("afterCase", after.caseId());
    }
    params.put("limit", limit);
    return new Statement(
        PAGE.formatted(COLUMNS, where, pressingAfter, FROM, restAfter), Map.copyOf(params));
  }

  /** Re-scores open cases for today: urgency grows by each case's balance every day. */
  public int rescore() {
    return jdbc.sql(
            """
            update collection_case k set urgency = case_urgency(i.balance, i.due_date)
              from invoice i
             where i.id = k.invoice_id and k.status <> 'CLOSED'
               and k.urgency <> case_urgency(i.balance, i.due_date)
            """)
        .update();
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
}
