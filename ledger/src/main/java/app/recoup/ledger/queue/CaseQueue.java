package app.recoup.ledger.queue;

import app.recoup.ledger.Like;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list of open collection cases a finance team works from, most pressing first: cases where the
 * customer replied after our last message or broke a promise, then the stored urgency (balance x
 * days overdue, see V7__dashboard.sql). Pages are read by keyset, never by OFFSET: the second part
 * walks an open-case index in urgency order and stops after one page. Every filter is a condition
 * on the case row (V10 keeps copies of what they read there; the customer name is a subquery), so
 * both parts choose their page of cases before joining the invoice and customer.
 */
@Repository
public class CaseQueue {

  /** Today's date where the case's customer is. */
  private static final String LOCAL_TODAY = "(now() at time zone k.time_zone)::date";

  private static final String COLUMNS =
      """
      k.id as case_id, i.number as invoice_number, c.name as customer, c.segment, i.currency,
      i.balance, i.due_date, c.time_zone, k.status, k.current_step, k.next_touch_at,
      k.pause_reason, k.assignee, k.urgency
      """;

  /**
   * Open cases whose customer spoke last, or whose latest promised date has passed (on the
   * customer's calendar), with the case's columns. The case keeps the dates this reads (V11), and
   * only cases with an unanswered reply or a promise are in the index it is read from.
   */
  private static final String ATTENTION =
      """
      with attention as materialized (
        select k.*, k.reply_unanswered as replied,
               coalesce(k.last_promised_date < $today, false) as promise_broken
          from collection_case k
         where k.status <> 'CLOSED' and (k.reply_unanswered or k.last_promised_date is not null)
      ),
      pressing as (select * from attention where replied or promise_broken)
      """
          .replace("$today", LOCAL_TODAY);

  private static final String PAGE =
      ATTENTION
          + """
          select * from (
            (select %1$s, k.replied, k.promise_broken
               from (select * from pressing k where true %2$s %3$s
                      order by k.urgency desc, k.id desc limit :limit) k
               join invoice i on i.id = k.invoice_id
               join customer c on c.id = i.customer_id)
            union all
            (select %1$s, false, false
               from (select * from %4$s k
                      where k.status <> 'CLOSED' and k.id not in (select id from pressing) %2$s %5$s
                      order by k.urgency desc, k.id desc limit :limit) k
               join invoice i on i.id = k.invoice_id
               join customer c on c.id = i.customer_id)
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
      where.append(bucketCondition(filter.bucket(), params));
    }
    if (filter.segment() != null) {
      where.append(" and k.segment = :segment");
      params.put("segment", filter.segment());
    }
    if (filter.customer() != null) {
      // a scalar subquery is probed per case, never turned into a join that hashes every invoice
      where.append(
          " and (select lower(cc.name) from invoice ci join customer cc on cc.id = ci.customer_id"
              + " where ci.id = k.invoice_id) like :customer escape '\\'");
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
        PAGE.formatted(COLUMNS, where, pressingAfter, cases(filter, where), restAfter),
        Map.copyOf(params));
  }

  /**
   * Where the second part reads open cases from. A days-overdue bucket of at most a month reads its
   * cases by due date and sorts them (OFFSET 0 keeps the planner from walking the urgency index
   * instead): the oldest debts carry most urgency, so a walk would pass nearly every older case
   * before reaching a month-wide bucket's. Otherwise the urgency index is walked.
   */
  private static String cases(QueueFilter filter, CharSequence where) {
    AgingBucket bucket = filter.bucket();
    if (bucket == null || (bucket.fromDays() != null && bucket.toDays() == null)) {
      return "collection_case";
    }
    return "(select * from collection_case k where k.status <> 'CLOSED' " + where + " offset 0)";
  }

  /**
   * Days overdue count on the customer's calendar: {@code LOCAL_TODAY} is their date now. No zone's
   * date is more than two days from the database's, so each condition also bounds the due date
   * against current_date: a range the planner can read from the open-case due-date index.
   */
  private static String bucketCondition(AgingBucket bucket, Map<String, Object> params) {
    StringBuilder condition = new StringBuilder();
    if (bucket.fromDays() == null) {
      condition.append(" and k.due_date >= current_date - 2 and k.due_date >= " + LOCAL_TODAY);
    } else {
      condition.append(
          " and k.due_date <= current_date + 2 - :fromDays and k.due_date <= "
              + LOCAL_TODAY
              + " - :fromDays");
      params.put("fromDays", bucket.fromDays());
    }
    if (bucket.fromDays() != null && bucket.toDays() != null) {
      condition.append(
          " and k.due_date >= current_date - 2 - :toDays and k.due_date >= "
              + LOCAL_TODAY
              + " - :toDays");
      params.put("toDays", bucket.toDays());
    }
    return condition.toString();
  }

  /**
   * What the page shows around the queue, in one round trip: every customer segment and everyone
   * with an open case (each a loose index scan, one probe per value), the open-case count (an
   * index-only count) and whether there is any invoice at all.
   */
  public QueueFacts facts() {
    return jdbc.sql(
            """
            select array(
                     with recursive s (segment) as (
                       (select segment from customer order by segment limit 1)
                       union all
                       select (select c.segment from customer c where c.segment > s.segment
                                order by c.segment limit 1)
                         from s where s.segment is not null
                     )
                     select segment from s where segment is not null) as segments,
                   array(
                     with recursive a (assignee) as (
                       (select assignee from collection_case
                         where status <> 'CLOSED' and assignee is not null
                         order by assignee limit 1)
                       union all
                       select (select k.assignee from collection_case k
                                where k.status <> 'CLOSED' and k.assignee is not null
                                  and k.assignee > a.assignee
                                order by k.assignee limit 1)
                         from a where a.assignee is not null
                     )
                     select assignee from a where assignee is not null) as assignees,
                   (select count(*) from collection_case where status <> 'CLOSED') as open_cases,
                   exists (select 1 from invoice) as any_invoice
            """)
        .query(
            (rs, row) ->
                new QueueFacts(
                    List.of((String[]) rs.getArray("segments").getArray()),
                    List.of((String[]) rs.getArray("assignees").getArray()),
                    rs.getLong("open_cases"),
                    rs.getBoolean("any_invoice")))
        .single();
  }
}
