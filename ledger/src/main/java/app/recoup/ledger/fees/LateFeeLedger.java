package app.recoup.ledger.fees;

import app.recoup.ledger.invoices.InvoiceRepository;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Late fees on the books. Posting is keyed by the step's touch key (a retry posts nothing twice)
 * and moves the invoice's fees in the same statement sequence; callers run both in one transaction.
 */
@Repository
public class LateFeeLedger {

  private final JdbcClient jdbc;
  private final InvoiceRepository invoices;

  LateFeeLedger(JdbcClient jdbc, InvoiceRepository invoices) {
    this.jdbc = jdbc;
    this.invoices = invoices;
  }

  /** Fees this case was charged and not waived. */
  public BigDecimal chargedOnCase(long caseId) {
    return jdbc.sql(
            "select coalesce(sum(amount), 0) from late_fee where case_id = :caseId and waived_at is null")
        .param("caseId", caseId)
        .query(BigDecimal.class)
        .single();
  }

  /** Returns the new fee's id, or empty when the key was posted before. */
  public Optional<Long> post(
      long caseId, long invoiceId, String key, String kind, BigDecimal amount, String currency) {
    Optional<Long> id =
        jdbc.sql(
                """
                insert into late_fee (case_id, invoice_id, idempotency_key, kind, amount, currency)
                values (:caseId, :invoiceId, :key, :kind, :amount, :currency)
                on conflict (idempotency_key) do nothing
                returning id
                """)
            .param("caseId", caseId)
            .param("invoiceId", invoiceId)
            .param("key", key)
            .param("kind", kind)
            .param("amount", amount)
            .param("currency", currency)
            .query(Long.class)
            .optional();
    id.ifPresent(posted -> invoices.addFees(invoiceId, amount));
    return id;
  }

  /** Waives a posted fee once; returns the amount taken off the invoice, or empty. */
  public Optional<BigDecimal> waive(
      long feeId, long invoiceId, String by, String reason, Instant at) {
    Optional<BigDecimal> amount =
        jdbc.sql(
                """
                update late_fee set waived_at = :at, waived_by = :by, waive_reason = :reason
                 where id = :id and invoice_id = :invoiceId and waived_at is null
                returning amount
                """)
            .param("id", feeId)
            .param("invoiceId", invoiceId)
            .param("by", by)
            .param("reason", reason)
            .param("at", Timestamp.from(at))
            .query(BigDecimal.class)
            .optional();
    amount.ifPresent(waived -> invoices.addFees(invoiceId, waived.negate()));
    return amount;
  }

  public List<PostedFee> onCase(long caseId) {
    return jdbc.sql(
            """
            select id, idempotency_key, kind, amount, currency, posted_at, waived_at, waived_by, waive_reason
              from late_fee where case_id = :caseId order by id
            """)
        .param("caseId", caseId)
        .query(
            (rs, row) ->
                new PostedFee(
                    rs.getLong("id"),
                    rs.getString("idempotency_key"),
                    rs.getString("kind"),
                    rs.getBigDecimal("amount"),
                    rs.getString("currency"),
                    rs.getTimestamp("posted_at").toInstant(),
                    rs.getTimestamp("waived_at") == null
                        ? null
                        : rs.getTimestamp("waived_at").toInstant(),
                    rs.getString("waived_by"),
                    rs.getString("waive_reason")))
        .list();
  }

  /** Payments of the invoice, oldest first: when (instant) and how much. */
  public List<PaymentOnRecord> payments(long invoiceId) {
    return jdbc.sql(
            "select received_at, amount from payment where invoice_id = :invoiceId order by received_at, id")
        .param("invoiceId", invoiceId)
        .query(
            (rs, row) ->
                new PaymentOnRecord(
                    rs.getTimestamp("received_at").toInstant(), rs.getBigDecimal("amount")))
        .list();
  }

  public record PostedFee(
      long id,
      String key,
      String kind,
      BigDecimal amount,
      String currency,
      Instant postedAt,
      Instant waivedAt,
      String waivedBy,
      String waiveReason) {}

  public record PaymentOnRecord(Instant receivedAt, BigDecimal amount) {}
}
