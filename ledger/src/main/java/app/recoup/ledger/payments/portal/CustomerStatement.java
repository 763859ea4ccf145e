package app.recoup.ledger.payments.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A customer's invoices, oldest due first: the portal's list and the downloadable statement. */
@Repository
public class CustomerStatement {

  private final JdbcClient jdbc;

  CustomerStatement(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<StatementLine> lines(long customerId) {
    return jdbc.sql(
            """
            select id, number, issue_date, due_date, currency, total, fees, amount_paid, balance, status
            from invoice where customer_id = :customerId and status <> 'VOID'
            order by due_date, number
            """)
        .param("customerId", customerId)
        .query(StatementLine.class)
        .list();
  }
}
