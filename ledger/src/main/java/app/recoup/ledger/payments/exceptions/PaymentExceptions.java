package app.recoup.ledger.payments.exceptions;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exception queue. */
@Repository
public class PaymentExceptions {

  private static final String COLUMNS =
      """
      id, notification_id, receipt_id, customer_id, invoice_id, reason, amount, currency, reference,
      (select n.source from payment_notification n
        where n.id = payment_exception.notification_id) as source,
      details, status, resolution, resolved_note, resolved_by, resolved_at, created_at
      """;

  private final JdbcClient jdbc;

  PaymentExceptions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long raise(NewPaymentException exception) {
    return jdbc.sql(
            """
            insert into payment_exception (notification_id, receipt_id, customer_id, invoice_id,
                reason, amount, currency, reference, details)
            values (:notificationId, :receiptId, :customerId, :invoiceId,
                :reason, :amount, :currency, :reference, :details)
            returning id
            """)
        .param("notificationId", exception.notificationId())
        .param("receiptId", exception.receiptId())
        .param("customerId", exception.customerId())
        .param("invoiceId", exception.invoiceId())
        .param("reason", exception.reason().name())
        .param("amount", exception.amount())
        .param("currency", exception.currency())
        .param("reference", exception.reference())
        .param("details", exception.details())
        .query(Long.class)
        .single();
  }

  /** Open exceptions first, oldest first; {@code status} null lists all. */
  public List<PaymentException> list(String status) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment_exception"
                + " where (cast(:status as text) is null or status = :status)"
                + " order by status, created_at, id")
        .param("status", status)
        .query(PaymentException.class)
        .list();
  }

  /** What the navigation shows beside the queue's link. */
  public int countOpen() {
    return jdbc.sql("select count(*) from payment_exception where status = 'OPEN'")
        .query(Integer.class)
        .single();
  }

  public Optional<PaymentException> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from payment_exception where id = :id for update")
        .param("id", id)
        .query(PaymentException.class)
        .optional();
  }

  public Optional<PaymentException> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from payment_exception where id = :id")
        .param("id", id)
        .query(PaymentException.class)
        .optional();
  }

  public void resolve(long id, Resolution resolution, String note, String by) {
    jdbc.sql(
            """
            update payment_exception set status = 'RESOLVED', resolution = :resolution,
                resolved_note = :note, resolved_by = :by, resolved_at = now(), version = version + 1
            where id = :id and status = 'OPEN'
            """)
        .param("id", id)
        .param("resolution", resolution.name())
        .param("note", note)
        .param("by", by)
        .update();
  }
}
