package app.recoup.ledger.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentReceipts {

  private final JdbcClient jdbc;

  PaymentReceipts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims the payment for this notification; empty when it was already received. */
  public Optional<Long> claim(
      String source,
      String externalId,
      long notificationId,
      BigDecimal amount,
      String currency,
      Instant receivedAt) {
    return jdbc.sql(
            """
            insert into payment_receipt (source, external_id, notification_id, amount, currency, received_at)
            values (:source, :externalId, :notificationId, :amount, :currency, :receivedAt)
            on conflict (source, external_id) do nothing
            returning id
            """)
        .param("source", source)
        .param("externalId", externalId)
        .param("notificationId", notificationId)
        .param("amount", amount)
        .param("currency", currency)
        .param("receivedAt", java.sql.Timestamp.from(receivedAt))
        .query(Long.class)
        .optional();
  }

  public Optional<PaymentReceipt> find(long id) {
    return jdbc.sql(
            """
            select id, source, external_id, notification_id, amount, currency, received_at, refunded
            from payment_receipt where id = ?
            """)
        .param(id)
        .query(PaymentReceipt.class)
        .optional();
  }

  /** The receipt, locked for the caller's transaction (refunds and chargebacks change it). */
  public Optional<PaymentReceipt> lock(String source, String externalId) {
    return jdbc.sql(
            """
            select id, source, external_id, notification_id, amount, currency, received_at, refunded
            from payment_receipt where source = :source and external_id = :externalId for update
            """)
        .param("source", source)
        .param("externalId", externalId)
        .query(PaymentReceipt.class)
        .optional();
  }

  public void setRefunded(long id, BigDecimal refunded) {
    jdbc.sql("update payment_receipt set refunded = :refunded where id = :id")
        .param("id", id)
        .param("refunded", refunded)
        .update();
  }
}
