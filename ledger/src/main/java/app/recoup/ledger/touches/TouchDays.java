package app.recoup.ledger.touches;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days a customer is touched: at most one touch per customer-local day, across their cases. */
@Repository
public class TouchDays {

  private final JdbcClient jdbc;

  TouchDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The day the touch claimed before, if it did. */
  public Optional<LocalDate> claimedBy(String idempotencyKey) {
    return jdbc.sql("select day from customer_touch_day where idempotency_key = :key")
        .param("key", idempotencyKey)
        .query(LocalDate.class)
        .optional();
  }

  /** Days from {@code from} on that the case's customer has given to other touches. */
  public List<LocalDate> takenFrom(long caseId, LocalDate from) {
    return jdbc.sql(
            """
            select d.day from customer_touch_day d
             where d.customer_id = (select i.customer_id from collection_case c join invoice i on i.id = c.invoice_id
                                     where c.id = :caseId)
               and d.day >= :from
             order by d.day
            """)
        .param("caseId", caseId)
        .param("from", from)
        .query(LocalDate.class)
        .list();
  }

  /**
   * Gives back the days a case's earlier runs claimed for touches never sent (the case closed
   * first), so a reopened case may use them. A case's touch keys start with its workflow id.
   */
  public void releaseUnsent(long caseId) {
    jdbc.sql(
            """
            delete from customer_touch_day d
             using collection_case c join invoice i on i.id = c.invoice_id
             where c.id = :caseId and d.customer_id = i.customer_id
               and starts_with(d.idempotency_key, c.workflow_id || '/')
               and not exists (select 1 from touch t where t.idempotency_key = d.idempotency_key and t.status = 'SENT')
            """)
        .param("caseId", caseId)
        .update();
  }

  /** Returns whether the day was free and is now this touch's. */
  public boolean claim(long caseId, LocalDate day, String idempotencyKey) {
    return jdbc.sql(
                """
                insert into customer_touch_day (customer_id, day, idempotency_key)
                select i.customer_id, :day, :key from collection_case c join invoice i on i.id = c.invoice_id
                 where c.id = :caseId
                on conflict do nothing
                """)
            .param("caseId", caseId)
            .param("day", day)
            .param("key", idempotencyKey)
            .update()
        == 1;
  }
}
