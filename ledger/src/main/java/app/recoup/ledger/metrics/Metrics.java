package app.recoup.ledger.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Collection figures from the ledger, one currency at a time (amounts in different currencies are
 * never added). Each query reads its tables once; definitions are on the metrics page.
 */
@Repository
public class Metrics {

  private final JdbcClient jdbc;

  Metrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> currencies() {
    return jdbc.sql(
            "select currency from invoice group by currency order by count(*) desc, currency")
        .query(String.class)
        .list();
  }

  /**
   * Open balances by days overdue on each customer's calendar: current, 1-30, 31-60, 61-90, 90+.
   */
  public List<Amount> aging(String currency) {
    return jdbc.sql(
            """
            select b.label, coalesce(sum(i.balance), 0) as value
              from (values (1, 'current'), (2, '1-30'), (3, '31-60'), (4, '61-90'), (5, '90+'))
                   as b (position, label)
              left join (select i.balance, (now() at time zone c.time_zone)::date - i.due_date as days
                           from invoice i join customer c on c.id = i.customer_id
                          where i.currency = :currency and i.status = 'OPEN' and i.balance > 0) i
                on b.position = case when i.days <= 0 then 1
                                     when i.days <= 30 then 2
                                     when i.days <= 60 then 3
                                     when i.days <= 90 then 4
                                     else 5 end
             group by b.position, b.label order by b.position
            """)
        .param("currency", currency)
        .query(Amount.class)
        .list();
  }

  /**
   * DSO at the end of each of the last twelve months (today for this month), for the whole ledger
   * and for each customer segment, in one pass: receivables then, divided by the invoicing of that
   * month and the two before, times those months' days. Receivables are rebuilt from movements:
   * invoices issued (+total), payments received, void and written-off remainders. An import records
   * no paid date, so an invoice that an import marked (partly) paid is left out, from its
   * receivables and from the invoicing, of every month that ended before that import (its last
   * change); from then on it counts with what the import said.
   */
  public DsoHistory dso(String currency) {
    List<DsoHistory.Point> points =
        jdbc.sql(
                """
                with paid_by_payments as (
                  select invoice_id, sum(amount - refunded) as amount from payment group by invoice_id
                ),
                invoices as (
                  select i.id, c.segment, i.issue_date, i.total, i.amount_paid, i.status,
                         i.updated_at::date as changed_on, coalesce(pp.amount, 0) as by_payments,
                         case when i.amount_paid > coalesce(pp.amount, 0) then i.updated_at::date
                         end as known_from
                    from invoice i join customer c on c.id = i.customer_id
                    left join paid_by_payments pp on pp.invoice_id = i.id
                   where i.currency = :currency and i.status <> 'VOID'
                ),
                -- what changed the receivables (owed) or the invoicing of the last three months
                -- (issued: +total in its first window month, -total three months after issue),
                -- each on the day it is known, never before known_from
                changes as (
                  select segment, greatest(issue_date, known_from) as day, total as owed, 0 as issued
                    from invoices
                  union all
                  select v.segment, greatest(p.received_at::date, v.known_from), -(p.amount - p.refunded), 0
                    from payment p join invoices v on v.id = p.invoice_id
                  union all
                  select segment, changed_on, -(amount_paid - by_payments), 0
                    from invoices where known_from is not null
                  union all
                  select segment, changed_on, -greatest(total - amount_paid, 0), 0
                    from invoices where status = 'WRITTEN_OFF'
                  union all
                  select segment, w.first_month, 0, sign * total
                    from invoices
                    cross join lateral (
                      values (greatest(date_trunc('month', issue_date),
                                       date_trunc('month', coalesce(known_from, issue_date)))::date, 1),
                             ((date_trunc('month', issue_date) + interval '3 months')::date, -1)
                    ) as w (first_month, sign)
                   where issue_date <= current_date
                     and date_trunc('month', coalesce(known_from, issue_date))
                         < date_trunc('month', issue_date) + interval '3 months'
                ),
                months as (
                  select m::date as month from generate_series(
                    date_trunc('month', current_date) - interval '13 months',
                    date_trunc('month', current_date), interval '1 month') m
                ),
                -- each change in its month, the ones before the first month in that first month,
                -- so the join below is on equality
                bucketed as (
                  select c.segment, greatest(date_trunc('month', c.day)::date, f.first) as month,
                         c.owed, c.issued
                    from changes c cross join (select min(month) as first from months) f
                   where c.day <= current_date
                ),
                monthly as (
                  select m.month, s.segment, grouping(s.segment) = 1 as overall,
                         coalesce(sum(b.owed), 0) as owed, coalesce(sum(b.issued), 0) as issued,
                         least((m.month + interval '1 month')::date - 1, current_date) as month_end
                    from months m
                    cross join (select distinct segment from invoices) s
                    left join bucketed b on b.month = m.month and b.segment = s.segment
                   group by grouping sets ((m.month), (m.month, s.segment))
                ),
                running as (
                  select month, segment, overall,
                         sum(owed) over (partition by overall, segment order by month) as receivables,
                         sum(issued) over (partition by overall, segment order by month) as issued_3m,
                         month_end - (month - interval '2 months')::date + 1 as days_3m
                    from monthly
                )
                select case when overall then null else segment end as segment,
                       to_char(month, 'Mon YY') as label,
                       case when issued_3m > 0 then round(receivables / issued_3m * days_3m, 1) end
                         as value
                  from running
                 where month >= date_trunc('month', current_date) - interval '11 months'
                 order by overall desc, segment, month
                """)
            .param("currency", currency)
            .query(DsoHistory.Point.class)
            .list();
    return DsoHistory.of(points);
  }

  /** Of every invoice that became a collection case, the share of its amount collected. */
  public Rate recovery(String currency) {
    return rate(
        """
        select coalesce(sum(least(i.amount_paid, i.total)), 0) as part,
               coalesce(sum(i.total), 0) as whole
          from collection_case k join invoice i on i.id = k.invoice_id
         where i.currency = :currency and i.status <> 'VOID'
        """,
        currency);
  }

  /** Of invoices that fell due in the last 90 days, the share of their amount collected. */
  public Rate collection(String currency) {
    return rate(
        """
        select coalesce(sum(least(amount_paid, total)), 0) as part, coalesce(sum(total), 0) as whole
          from invoice
         where currency = :currency and status <> 'VOID'
           and due_date > current_date - 90 and due_date <= current_date
        """,
        currency);
  }

  /** Promises whose date has passed, and how many of their invoices were paid by then. */
  public Rate promisesKept() {
    return jdbc.sql(
            """
            select count(*) filter (where i.status = 'PAID'
                     and coalesce((select max(p.received_at)::date from payment p
                                    where p.invoice_id = i.id), i.updated_at::date)
                         <= t.promised_date + 1) as part,
                   count(*) as whole
              from promise_to_pay t join invoice i on i.id = t.invoice_id
             where t.promised_date < current_date
            """)
        .query(Rate.class)
        .single();
  }

  /** Payment plans of the currency: made, kept and broken, over the ledger's whole history. */
  public PlanCounts paymentPlans(String currency) {
    return jdbc.sql(
            """
            select count(*) filter (where agreed_at is not null) as made,
                   count(*) filter (where status = 'KEPT') as kept,
                   count(*) filter (where status = 'BROKEN') as broken
              from payment_plan
             where currency = :currency
            """)
        .param("currency", currency)
        .query(PlanCounts.class)
        .single();
  }

  /** Median hours from a case's first message to the customer's first reply after it. */
  public Optional<BigDecimal> medianHoursToFirstReply() {
    return jdbc.sql(
            """
            select round(cast(percentile_cont(0.5) within group (order by hours) as numeric), 1)
              from (
                select extract(epoch from (min(m.received_at) - s.first_sent)) / 3600 as hours
                  from (select case_id, min(coalesce(sent_at, created_at)) as first_sent
                          from outbox_message where status = 'SENT' and case_id is not null
                         group by case_id) s
                  join inbound_message m on m.case_id = s.case_id and m.classification = 'REPLY'
                   and m.received_at > s.first_sent
                 group by s.case_id, s.first_sent
              ) replies
            """)
        .query(BigDecimal.class)
        .optional();
  }

  /** Money received on collection cases in each of the last twelve weeks (Monday to Sunday). */
  public List<Amount> cashRecoveredByWeek(String currency) {
    return jdbc.sql(
            """
            select to_char(w.week, 'DD Mon') as label, coalesce(sum(p.amount - p.refunded), 0) as value
              from generate_series(date_trunc('week', current_date) - interval '11 weeks',
                                   date_trunc('week', current_date), interval '1 week') w (week)
              left join payment p on p.received_at >= w.week and p.received_at < w.week + interval '1 week'
               and exists (select 1 from invoice i join collection_case k on k.invoice_id = i.id
                            where i.id = p.invoice_id and i.currency = :currency)
             group by w.week order by w.week
            """)
        .param("currency", currency)
        .query(Amount.class)
        .list();
  }

  /** Sent reminders, and how many carried a payment link (the customer portal). */
  public Rate touchesWithPaymentLink() {
    return jdbc.sql(
            """
            select count(*) filter (where text_body like '%/portal/%') as part, count(*) as whole
              from outbox_message where status = 'SENT' and case_id is not null
            """)
        .query(Rate.class)
        .single();
  }

  private Rate rate(String sql, String currency) {
    return jdbc.sql(sql).param("currency", currency).query(Rate.class).single();
  }
}
