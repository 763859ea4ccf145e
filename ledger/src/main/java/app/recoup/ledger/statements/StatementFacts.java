package app.recoup.ledger.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a customer's statement lists besides the open invoices: the payments received and the
 * credits given, each dated in the customer's time zone, oldest first.
 */
@Repository
public class StatementFacts {

  private final JdbcClient jdbc;

  StatementFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A payment received against one of the customer's invoices. */
  public record Payment(LocalDate date, String invoiceNumber, BigDecimal amount, String currency) {}

  /** A credit note, or credit held on the account (an overpayment). */
  public record Credit(LocalDate date, String reference, BigDecimal amount, String currency) {}

  public List<Payment> payments(long customerId) {
    return jdbc.sql(
            """
            select (p.received_at at time zone c.time_zone)::date as date, i.number as invoice_number,
                   p.amount, p.currency
              from payment p
              join invoice i on i.id = p.invoice_id
              join customer c on c.id = i.customer_id
             where c.id = ?
             order by p.received_at, p.id
            """)
        .param(customerId)
        .query(Payment.class)
        .list();
  }

  public List<Credit> credits(long customerId) {
    return jdbc.sql(
            """
            select date, reference, amount, currency from (
                select n.issue_date as date, 'Credit note ' || n.number as reference, n.amount,
                       n.currency, n.created_at
                  from credit_note n where n.customer_id = :customerId
                union all
                select (k.created_at at time zone c.time_zone)::date,
                       'Credit on account' || coalesce(': ' || k.note, ''), k.amount, k.currency,
                       k.created_at
                  from customer_credit k join customer c on c.id = k.customer_id
                 where k.customer_id = :customerId and k.amount > 0
            ) credits
            order by date, created_at
            """)
        .param("customerId", customerId)
        .query(Credit.class)
        .list();
  }
}
