package app.recoup.ledger.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What Recoup wrote back to the books; the one writer of {@code books_push}. A payment or late fee
 * is claimed before its first attempt, so every attempt carries the same idempotency key, and once
 * pushed (or given up on, with a task) it is never offered again.
 */
@Repository
public class BooksPushes {

  private final JdbcClient jdbc;

  BooksPushes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Payments applied since the connection was made that are neither pushed nor given up on, oldest
   * first. Payments from before the connection are the books' own history.
   */
  public List<Long> paymentsToPush(BooksVendor vendor, int limit) {
    return jdbc.sql(
            """
            select p.id from payment p
              join books_connection c on c.vendor = :vendor and c.status = 'CONNECTED'
             where p.created_at >= c.connected_at
               and not exists (select 1 from books_push b
                                where b.vendor = :vendor and b.payment_id = p.id
                                  and b.status in ('PUSHED', 'FAILED'))
             order by p.id
             limit :limit
            """)
        .param("vendor", vendor.name())
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The payment as the books need it, when it exists. */
  public Optional<PaymentToPush> payment(long paymentId) {
    return jdbc.sql(
            """
            select p.id, i.number, p.amount, p.currency, p.received_at, p.source, p.external_id
              from payment p join invoice i on i.id = p.invoice_id
             where p.id = ?
            """)
        .param(paymentId)
        .query(
            (row, n) ->
                new PaymentToPush(
                    row.getLong("id"),
                    row.getString("number"),
                    row.getBigDecimal("amount"),
                    row.getString("currency"),
                    row.getTimestamp("received_at").toInstant(),
                    row.getString("source"),
                    row.getString("external_id")))
        .optional();
  }

  /**
   * Late fees posted since the connection was made, not waived, neither pushed nor given up on,
   * oldest first; none while the connection's setting is off.
   */
  public List<Long> lateFeesToPush(BooksVendor vendor, int limit) {
    return jdbc.sql(
            """
            select f.id from late_fee f
              join books_connection c on c.vendor = :vendor and c.status = 'CONNECTED'
                                     and c.late_fees <> 'OFF'
             where f.posted_at >= c.connected_at and f.waived_at is null
               and not exists (select 1 from books_push b
                                where b.vendor = :vendor and b.late_fee_id = f.id
                                  and b.status in ('PUSHED', 'FAILED'))
             order by f.id
             limit :limit
            """)
        .param("vendor", vendor.name())
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The late fee as the books need it, when it exists. */
  public Optional<LateFeeToPush> lateFee(long feeId) {
    return jdbc.sql(
            """
            select f.id, i.number, f.amount, f.currency, f.posted_at, f.waived_at
              from late_fee f join invoice i on i.id = f.invoice_id
             where f.id = ?
            """)
        .param(feeId)
        .query(
            (row, n) ->
                new LateFeeToPush(
                    row.getLong("id"),
                    row.getString("number"),
                    row.getBigDecimal("amount"),
                    row.getString("currency"),
                    row.getTimestamp("posted_at").toInstant(),
                    row.getTimestamp("waived_at") != null))
        .optional();
  }

  /** The vendors the late fee was written back to, with what they made of it. */
  public List<WrittenBack> lateFeeWrittenBack(long feeId) {
    return jdbc.sql(
            "select vendor, external_id from books_push where late_fee_id = ? and status = 'PUSHED'")
        .param(feeId)
        .query(
            (row, n) ->
                new WrittenBack(
                    BooksVendor.valueOf(row.getString("vendor")), row.getString("external_id")))
        .list();
  }

  /** A write the books hold: the vendor and its id for what was written. */
  public record WrittenBack(BooksVendor vendor, String externalId) {}

  /**
   * Claims an attempt at the payment: returns false when it is pushed or given up on already, so
   * nothing is written twice.
   */
  public boolean claim(BooksVendor vendor, PaymentToPush payment, Instant at) {
    return claim(vendor, payment.paymentId(), null, payment.idempotencyKey(), at);
  }

  /** Claims an attempt at the late fee, as {@link #claim(BooksVendor, PaymentToPush, Instant)}. */
  public boolean claim(BooksVendor vendor, LateFeeToPush fee, Instant at) {
    return claim(vendor, null, fee.feeId(), fee.idempotencyKey(), at);
  }

  private boolean claim(
      BooksVendor vendor, Long paymentId, Long lateFeeId, String idempotencyKey, Instant at) {
    return jdbc.sql(
                """
                insert into books_push (vendor, payment_id, late_fee_id, idempotency_key, attempts,
                                        claimed_at)
                values (:vendor, :payment, :fee, :key, 1, :at)
                on conflict (vendor, idempotency_key) do update set attempts = books_push.attempts + 1
                 where books_push.status = 'PENDING'
                """)
            .param("vendor", vendor.name())
            .param("payment", paymentId)
            .param("fee", lateFeeId)
            .param("key", idempotencyKey)
            .param("at", BooksConnections.timestamp(at))
            .update()
        == 1;
  }

  public void pushed(BooksVendor vendor, String idempotencyKey, String externalId, Instant at) {
    jdbc.sql(
            """
            update books_push set status = 'PUSHED', external_id = ?, pushed_at = ?, last_error = null
             where vendor = ? and idempotency_key = ?
            """)
        .params(externalId, BooksConnections.timestamp(at), vendor.name(), idempotencyKey)
        .update();
  }

  /** Gives up on a push after its retries; returns whether it was still pending. */
  public boolean failed(BooksVendor vendor, String idempotencyKey, String error) {
    return jdbc.sql(
                """
                update books_push set status = 'FAILED', last_error = ?
                 where vendor = ? and idempotency_key = ? and status = 'PENDING'
                """)
            .params(error, vendor.name(), idempotencyKey)
            .update()
        == 1;
  }

  /** Pushes that reached the books, for the settings page. */
  public long countPushed(BooksVendor vendor) {
    return jdbc.sql("select count(*) from books_push where vendor = ? and status = 'PUSHED'")
        .param(vendor.name())
        .query(Long.class)
        .single();
  }
}
