package app.recoup.ledger.credits;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Credit notes and every credit applied to an invoice; the one writer of {@code credit_note} and
 * {@code credit_application}. The invoice's own figure ({@code amount_credited}) moves through its
 * aggregate, the customer's account through {@code CustomerCredits}.
 */
@Repository
public class CreditLedger {

  private final JdbcClient jdbc;

  CreditLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CreditNote> findByNumber(String number) {
    return jdbc.sql(
            """
            select id, number, customer_id, currency, amount, issue_date, applies_to, origin
              from credit_note where number = :number
            """)
        .param("number", number)
        .query(
            (rs, row) ->
                new CreditNote(
                    rs.getLong("id"),
                    rs.getString("number"),
                    rs.getLong("customer_id"),
                    rs.getString("currency"),
                    rs.getBigDecimal("amount"),
                    rs.getObject("issue_date", LocalDate.class),
                    rs.getObject("applies_to", Long.class),
                    CreditOrigin.valueOf(rs.getString("origin"))))
        .optional();
  }

  /** Records the note; empty when a note of that number exists already (nothing is written). */
  public Optional<Long> recordNote(
      String number,
      long customerId,
      String currency,
      BigDecimal amount,
      LocalDate issueDate,
      Long appliesTo,
      CreditOrigin origin,
      String note) {
    return jdbc.sql(
            """
            insert into credit_note (number, customer_id, currency, amount, issue_date, applies_to,
                                     origin, note)
            values (:number, :customerId, :currency, :amount, :issueDate, :appliesTo, :origin, :note)
            on conflict (number) do nothing
            returning id
            """)
        .param("number", number)
        .param("customerId", customerId)
        .param("currency", currency)
        .param("amount", amount)
        .param("issueDate", Date.valueOf(issueDate))
        .param("appliesTo", appliesTo)
        .param("origin", origin.name())
        .param("note", note)
        .query(Long.class)
        .optional();
  }

  /**
   * Records credit applied to an invoice, once per key; returns whether it was new.
   *
   * @param creditNoteId the note it came from, or null when drawn from the customer's credit
   */
  public boolean recordApplication(
      long invoiceId,
      long customerId,
      String currency,
      BigDecimal amount,
      Long creditNoteId,
      String appliedBy,
      String key) {
    return jdbc.sql(
                """
                insert into credit_application (invoice_id, customer_id, currency, amount,
                                                credit_note_id, applied_by, idempotency_key)
                values (:invoiceId, :customerId, :currency, :amount, :creditNoteId, :by, :key)
                on conflict (idempotency_key) do nothing
                """)
            .param("invoiceId", invoiceId)
            .param("customerId", customerId)
            .param("currency", currency)
            .param("amount", amount)
            .param("creditNoteId", creditNoteId)
            .param("by", appliedBy)
            .param("key", key)
            .update()
        == 1;
  }

  public boolean applied(String key) {
    return jdbc.sql("select exists (select 1 from credit_application where idempotency_key = ?)")
        .param(key)
        .query(Boolean.class)
        .single();
  }

  /** One credit applied to an invoice, for its case page. */
  public record Applied(
      BigDecimal amount, String currency, String creditNote, String appliedBy, Instant appliedAt) {}

  /** The credits applied to the invoice, oldest first. */
  public List<Applied> appliedTo(long invoiceId) {
    return jdbc.sql(
            """
            select a.amount, a.currency, n.number as credit_note, a.applied_by, a.applied_at
              from credit_application a left join credit_note n on n.id = a.credit_note_id
             where a.invoice_id = :invoiceId order by a.id
            """)
        .param("invoiceId", invoiceId)
        .query(
            (rs, row) ->
                new Applied(
                    rs.getBigDecimal("amount"),
                    rs.getString("currency"),
                    rs.getString("credit_note"),
                    rs.getString("applied_by"),
                    rs.getTimestamp("applied_at").toInstant()))
        .list();
  }
}
