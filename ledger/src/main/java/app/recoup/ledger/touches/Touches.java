package app.recoup.ledger.touches;

import app.recoup.workflows.vocabulary.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders of a case, from planned to sent, each claimed once by its idempotency key. */
@Repository
public class Touches {

  private final JdbcClient jdbc;

  Touches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Plans the touch on the customer's preferred channel. Returns that channel when the touch is
   * new; empty for a key seen before (it plans nothing).
   */
  public Optional<Channel> plan(long caseId, int step, Instant plannedAt, String idempotencyKey) {
    return jdbc.sql(
            """
            insert into touch (case_id, step, channel, status, idempotency_key, planned_at)
            select cc.id, :step, cu.preferred_channel, 'PLANNED', :key, :plannedAt
              from collection_case cc
              join invoice i on i.id = cc.invoice_id
              join customer cu on cu.id = i.customer_id
             where cc.id = :caseId
            on conflict do nothing
            returning channel
            """)
        .param("caseId", caseId)
        .param("step", step)
        .param("key", idempotencyKey)
        .param("plannedAt", Timestamp.from(plannedAt))
        .query((rs, row) -> Channel.valueOf(rs.getString("channel")))
        .optional();
  }

  /**
   * Stores the draft on a planned touch. Returns the touch's draft: the one just stored, or the one
   * a previous attempt stored (a retried drafting never replaces what a person may be reading).
   *
   * @param note for the approver only (null for none), never sent
   */
  public TouchDraft draft(
      String idempotencyKey, String subject, String body, String note, Instant at) {
    boolean stored =
        jdbc.sql(
                    """
                    update touch set status = 'DRAFTED', subject = :subject, body = :body,
                           draft_note = :note, drafted_at = :at
                     where idempotency_key = :key and status = 'PLANNED'
                    """)
                .param("key", idempotencyKey)
                .param("subject", subject)
                .param("body", body)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update()
            == 1;
    return jdbc.sql("select subject, body, channel from touch where idempotency_key = :key")
        .param("key", idempotencyKey)
        .query(
            (rs, row) ->
                new TouchDraft(
                    rs.getString("subject"),
                    rs.getString("body"),
                    Channel.valueOf(rs.getString("channel")),
                    stored))
        .single();
  }

  /**
   * Records a person's decision on a drafted touch: APPROVED (with the text that goes out) or
   * SKIPPED. Returns the touch's channel when this call decided it; empty when it was decided
   * already.
   */
  public Optional<Channel> decide(
      String idempotencyKey,
      TouchStatus decision,
      String by,
      String subject,
      String body,
      Instant at) {
    return jdbc.sql(
            """
            update touch set status = :decision, approved_by = :by, approved_at = :at,
                   subject = coalesce(:subject, subject), body = coalesce(:body, body)
             where idempotency_key = :key and status = 'DRAFTED'
            returning channel
            """)
        .param("key", idempotencyKey)
        .param("decision", decision.name())
        .param("by", by)
        .param("subject", subject)
        .param("body", body)
        .param("at", Timestamp.from(at))
        .query((rs, row) -> Channel.valueOf(rs.getString("channel")))
        .optional();
  }

  /**
   * Settles an approved (or still planned) touch as SENT at the given instant. Returns when the
   * touch was planned if this call settled it; empty when it was settled already.
   */
  public Optional<Instant> settleSent(String idempotencyKey, Instant at) {
    return jdbc.sql(
            """
            update touch set status = 'SENT', sent_at = :at
             where idempotency_key = :key and status in ('PLANNED', 'APPROVED')
            returning planned_at
            """)
        .param("key", idempotencyKey)
        .param("at", Timestamp.from(at))
        .query((rs, row) -> rs.getTimestamp("planned_at").toInstant())
        .optional();
  }

  /** Settles an approved (or still planned) touch unsent; returns whether this call settled it. */
  public boolean settle(String idempotencyKey, TouchStatus outcome) {
    return jdbc.sql(
                """
                update touch set status = :outcome
                 where idempotency_key = :key and status in ('PLANNED', 'APPROVED')
                """)
            .param("key", idempotencyKey)
            .param("outcome", outcome.name())
            .update()
        == 1;
  }

  /**
   * Skips the touches an earlier run of the case left neither sent nor settled (a draft waiting
   * when the case closed): a reopened case drafts afresh, and the old drafts leave the inbox.
   */
  public void withdrawUnsettled(long caseId) {
    jdbc.sql(
            """
            update touch set status = 'SKIPPED'
             where case_id = :caseId and status in ('PLANNED', 'DRAFTED', 'APPROVED')
            """)
        .param("caseId", caseId)
        .update();
  }

  /**
   * The last step a case has done, from the step it recorded last: that step itself, unless its
   * touch was recorded but neither sent nor settled otherwise (a case run again from here finds the
   * stored draft and waits for the person again instead of skipping it).
   */
  public int lastDoneStep(long caseId, int currentStep) {
    if (currentStep <= 0) {
      return currentStep;
    }
    boolean unsettled =
        jdbc.sql(
                    """
                select count(*) from touch
                 where case_id = :caseId and step = :step and status in ('PLANNED', 'DRAFTED', 'APPROVED')
                """)
                .param("caseId", caseId)
                .param("step", currentStep)
                .query(Long.class)
                .single()
            > 0;
    return unsettled ? currentStep - 1 : currentStep;
  }

  /** Drafts waiting for a person, oldest first, on cases still open. */
  public List<AwaitingApproval> awaitingApproval() {
    return jdbc.sql(
            """
            select t.id, i.number, t.step, t.channel, t.subject, t.body, t.drafted_at, cu.name, i.balance, i.currency,
                   t.draft_note
              from touch t
              join collection_case cc on cc.id = t.case_id
              join invoice i on i.id = cc.invoice_id
              join customer cu on cu.id = i.customer_id
             where t.status = 'DRAFTED' and cc.status <> 'CLOSED'
             order by t.drafted_at, t.id
            """)
        .query(
            (rs, row) ->
                new AwaitingApproval(
                    rs.getLong("id"),
                    rs.getString("number"),
                    rs.getInt("step"),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getTimestamp("drafted_at").toInstant(),
                    rs.getString("name"),
                    rs.getBigDecimal("balance"),
                    rs.getString("currency"),
                    rs.getString("draft_note")))
        .list();
  }

  /** How many drafts wait for a person on open cases, and since when the oldest has waited. */
  public WaitingDrafts waitingDrafts() {
    return jdbc.sql(
            """
            select count(*) as waiting, min(t.drafted_at) as oldest
              from touch t
              join collection_case cc on cc.id = t.case_id
             where t.status = 'DRAFTED' and cc.status <> 'CLOSED'
            """)
        .query(
            (rs, row) -> {
              Timestamp oldest = rs.getTimestamp("oldest");
              return new WaitingDrafts(
                  rs.getLong("waiting"), oldest == null ? null : oldest.toInstant());
            })
        .single();
  }

  /**
   * Drafts waiting for a person.
   *
   * @param oldestDraftedAt when the oldest waiting draft was made; null when none waits
   */
  public record WaitingDrafts(long count, Instant oldestDraftedAt) {}

  /** The invoice and step of a touch, by the touch's id. */
  public Optional<TouchRef> find(long touchId) {
    return jdbc.sql(
            """
            select i.number, t.step from touch t
              join collection_case cc on cc.id = t.case_id
              join invoice i on i.id = cc.invoice_id
             where t.id = ?
            """)
        .param(touchId)
        .query((rs, row) -> new TouchRef(rs.getString("number"), rs.getInt("step")))
        .optional();
  }

  /** Which invoice's case and which step a touch is. */
  public record TouchRef(String invoiceNumber, int step) {}
}
