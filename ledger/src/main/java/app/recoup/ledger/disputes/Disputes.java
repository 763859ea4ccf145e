package app.recoup.ledger.disputes;

import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.DisputeReason;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Disputes customers opened in the portal, as the collection process settles them; the one writer
 * of {@code invoice_dispute}.
 */
@Repository
public class Disputes {

  private final JdbcClient jdbc;

  Disputes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the dispute a customer opened in the portal; returns its id. */
  public long open(
      long invoiceId, long customerId, DisputeReason reason, String message, String tokenId) {
    return jdbc.sql(
            """
            insert into invoice_dispute (invoice_id, customer_id, reason, message, token_id)
            values (:invoiceId, :customerId, :reason, :message, :tokenId) returning id
            """)
        .param("invoiceId", invoiceId)
        .param("customerId", customerId)
        .param("reason", reason.name())
        .param("message", message)
        .param("tokenId", tokenId)
        .query(Long.class)
        .single();
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

  /** The invoice's newest dispute still open, as it was announced when the customer raised it. */
  public Optional<DisputeOpened> openOn(long invoiceId) {
    return jdbc.sql(
            "select id, reason, message from invoice_dispute where invoice_id = :invoiceId and status = 'OPEN'"
                + " order by id desc limit 1")
        .param("invoiceId", invoiceId)
        .query(
            (rs, row) ->
                new DisputeOpened(
                    rs.getLong("id"),
                    invoiceId,
                    DisputeReason.valueOf(rs.getString("reason")),
                    rs.getString("message")))
        .optional();
  }
}
