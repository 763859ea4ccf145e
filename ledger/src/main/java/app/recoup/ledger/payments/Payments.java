package app.recoup.ledger.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Money applied to invoices (the {@code payment} table). */
@Repository
public class Payments {

  private final JdbcClient jdbc;

  Payments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long record(
      long invoiceId,
      BigDecimal amount,
      String currency,
      Instant receivedAt,
      String source,
      String externalId,
      Long receiptId) {
    return jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source, external_id, receipt_id)
            values (:invoiceId, :amount, :currency, :receivedAt, :source, :externalId, :receiptId)
            returning id
            """)
        .param("invoiceId", invoiceId)
        .param("amount", amount)
        .param("currency", currency)
        .param("receivedAt", java.sql.Timestamp.from(receivedAt))
        .param("source", source)
        .param("externalId", externalId)
        .param("receiptId", receiptId)
        .query(Long.class)
        .single();
  }

  /** The payments a receipt paid, newest first: the order a refund takes them back in. */
  public List<AppliedPayment> ofReceipt(long receiptId) {
    return jdbc.sql(
            "select id, invoice_id, amount, refunded from payment where receipt_id = :receiptId"
                + " order by id desc")
        .param("receiptId", receiptId)
        .query(AppliedPayment.class)
        .list();
  }

  public void addRefund(long paymentId, BigDecimal amount) {
    jdbc.sql("update payment set refunded = refunded + :amount where id = :id")
        .param("id", paymentId)
        .param("amount", amount)
        .update();
  }
}
