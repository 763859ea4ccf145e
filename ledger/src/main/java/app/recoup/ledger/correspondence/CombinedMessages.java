package app.recoup.ledger.correspondence;

import app.recoup.workflows.vocabulary.Channel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The combined messages of customers' correspondence, from draft to sent; the one writer of {@code
 * combined_message}. Every write is conditional on the status, so a retried activity changes
 * nothing twice.
 */
@Repository
public class CombinedMessages {

  private static final String COLUMNS =
      """
      m.message_key, m.customer_id, cu.name as customer_name, m.status, m.subject, m.body,
      m.channel, m.touch_keys, m.case_ids, m.invoice_numbers, m.drafted_at, m.decided_by
      """;

  private final JdbcClient jdbc;

  CombinedMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public enum Status {
    DRAFTED,
    APPROVED,
    SKIPPED,
    DISCARDED,
    SENT,
    NOT_SENT
  }

  /** A combined message as stored, with the invoices it lists (in the order of its touches). */
  public record CombinedMessage(
      String messageKey,
      long customerId,
      String customerName,
      Status status,
      String subject,
      String body,
      Channel channel,
      List<String> touchKeys,
      List<Long> caseIds,
      List<String> invoiceNumbers,
      Instant draftedAt,
      String decidedBy) {}

  /**
   * Stores the draft unless one with its key exists (a retried drafting never replaces what a
   * person may be reading); returns the stored one and whether this call stored it.
   */
  public Stored draft(
      String messageKey,
      long customerId,
      String subject,
      String body,
      Channel channel,
      List<String> touchKeys,
      List<Long> caseIds,
      List<String> invoiceNumbers,
      Instant at) {
    boolean stored =
        jdbc.sql(
                    """
                    insert into combined_message (message_key, customer_id, status, subject, body, channel,
                                                  touch_keys, case_ids, invoice_numbers, drafted_at)
                    values (:key, :customerId, 'DRAFTED', :subject, :body, :channel,
                            :touchKeys, :caseIds, :invoices, :at)
                    on conflict (message_key) do nothing
                    """)
                .param("key", messageKey)
                .param("customerId", customerId)
                .param("subject", subject)
                .param("body", body)
                .param("channel", channel.name())
                .param("touchKeys", touchKeys.toArray(String[]::new))
                .param("caseIds", caseIds.toArray(Long[]::new))
                .param("invoices", invoiceNumbers.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update()
            == 1;
    return new Stored(find(messageKey).orElseThrow(), stored);
  }

  public record Stored(CombinedMessage message, boolean justStored) {}

  public Optional<CombinedMessage> find(String messageKey) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from combined_message m join customer cu on cu.id = m.customer_id"
                + " where m.message_key = :key")
        .param("key", messageKey)
        .query(this::map)
        .optional();
  }

  /** Drafts waiting for a person, oldest first: one item each, whatever the invoices it lists. */
  public List<CombinedMessage> awaitingApproval() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from combined_message m join customer cu on cu.id = m.customer_id"
                + " where m.status = 'DRAFTED' order by m.drafted_at, m.message_key")
        .query(this::map)
        .list();
  }

  /** The combined draft waiting for a person that lists the case, if any. */
  public Optional<CombinedMessage> awaitingApprovalFor(long caseId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from combined_message m join customer cu on cu.id = m.customer_id"
                + " where m.status = 'DRAFTED' and :caseId = any (m.case_ids)"
                + " order by m.drafted_at limit 1")
        .param("caseId", caseId)
        .query(this::map)
        .optional();
  }

  /**
   * Records a decision (APPROVED with the text that goes out, or SKIPPED) on a waiting draft;
   * returns whether this call decided it.
   */
  public boolean decide(
      String messageKey, Status decision, String by, String subject, String body, Instant at) {
    return jdbc.sql(
                """
                update combined_message
                   set status = :decision, decided_by = :by, decided_at = :at,
                       subject = coalesce(:subject, subject), body = coalesce(:body, body)
                 where message_key = :key and status = 'DRAFTED'
                """)
            .param("key", messageKey)
            .param("decision", decision.name())
            .param("by", by)
            .param("subject", subject)
            .param("body", body)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  /** Settles a draft nobody decided, or an approved message, with why; whether this call did. */
  public boolean settle(String messageKey, Status outcome, String detail, Instant at) {
    return jdbc.sql(
                """
                update combined_message set status = :outcome, detail = :detail, settled_at = :at
                 where message_key = :key and status in ('DRAFTED', 'APPROVED')
                """)
            .param("key", messageKey)
            .param("outcome", outcome.name())
            .param("detail", detail)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  private CombinedMessage map(ResultSet rs, int row) throws SQLException {
    return new CombinedMessage(
        rs.getString("message_key"),
        rs.getLong("customer_id"),
        rs.getString("customer_name"),
        Status.valueOf(rs.getString("status")),
        rs.getString("subject"),
        rs.getString("body"),
        Channel.valueOf(rs.getString("channel")),
        List.of((String[]) array(rs.getArray("touch_keys"))),
        Arrays.asList((Long[]) array(rs.getArray("case_ids"))),
        List.of((String[]) array(rs.getArray("invoice_numbers"))),
        rs.getTimestamp("drafted_at").toInstant(),
        rs.getString("decided_by"));
  }

  private static Object array(Array sql) throws SQLException {
    return sql.getArray();
  }
}
