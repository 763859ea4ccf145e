package app.recoup.ledger.payments;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cash held for a customer: credit kept on purpose, and cash still waiting in the queue. */
@Repository
public class CustomerCredits {

  private final JdbcClient jdbc;

  CustomerCredits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Balance(String currency, BigDecimal credit, BigDecimal unapplied) {}

  public void add(
      long customerId, BigDecimal amount, String currency, long exceptionId, String note) {
    jdbc.sql(
            """
            insert into customer_credit (customer_id, amount, currency, exception_id, note)
            values (:customerId, :amount, :currency, :exceptionId, :note)
            """)
        .param("customerId", customerId)
        .param("amount", amount)
        .param("currency", currency)
        .param("exceptionId", exceptionId)
        .param("note", note)
        .update();
  }

  /** Per currency: credit kept for the customer, and unapplied cash in open exceptions. */
  public List<Balance> balances(long customerId) {
    return jdbc.sql(
            """
            select currency, sum(credit) as credit, sum(unapplied) as unapplied from (
                select currency, amount as credit, 0 as unapplied
                from customer_credit where customer_id = :customerId
                union all
                select currency, 0, amount from payment_exception
                where customer_id = :customerId and status = 'OPEN' and reason <> 'CHARGEBACK'
            ) cash group by currency order by currency
            """)
        .param("customerId", customerId)
        .query(Balance.class)
        .list();
  }
}
