package app.recoup.ledger.disputes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disputes customers opened in the portal, as the collection process settles them. */
@Repository
public class Disputes {

  private final JdbcClient jdbc;

  Disputes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks the invoice's dispute resolved; returns whether it was open. */
  public boolean resolve(long disputeId, long invoiceId) {
    return jdbc.sql(
                "update invoice_dispute set status = 'RESOLVED' where id = :id and invoice_id = :invoiceId and status = 'OPEN'")
            .param("id", disputeId)
            .param("invoiceId", invoiceId)
            .update()
        == 1;
  }
}
