package app.recoup.ledger.timeline;

import app.recoup.ledger.outbound.WebhookDeliveries;
import app.recoup.workflows.vocabulary.TimelineEventType;
import app.recoup.workflows.vocabulary.WebhookEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only history of every case (PostgreSQL refuses updates and deletes); the one writer of
 * {@code timeline_event}. An event that outbound webhooks announce is queued for their endpoints in
 * the transaction that appends it: both are kept or neither is.
 */
@Repository
public class Timeline {

  private final JdbcClient jdbc;
  private final WebhookDeliveries webhooks;

  Timeline(JdbcClient jdbc, WebhookDeliveries webhooks) {
    this.jdbc = jdbc;
    this.webhooks = webhooks;
  }

  /** Returns whether the event was new; an event whose dedup key is known is not added again. */
  @Transactional
  public boolean append(
      long caseId,
      Instant occurredAt,
      String actor,
      TimelineEventType type,
      String details,
      String dedupKey) {
    boolean added =
        jdbc.sql(
                    """
                    insert into timeline_event (case_id, occurred_at, actor, type, details, dedup_key)
                    values (:caseId, :occurredAt, :actor, :type, :details, :dedupKey)
                    on conflict do nothing
                    """)
                .param("caseId", caseId)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("actor", actor)
                .param("type", type.stored())
                .param("details", details)
                .param("dedupKey", dedupKey)
                .update()
            == 1;
    if (added) {
      announce(caseId, occurredAt, actor, type, details);
    }
    return added;
  }

  /**
   * Appends an event stamped with the database's time unless one with the same dedup key exists.
   * Returns whether it was added.
   */
  @Transactional
  public boolean appendNow(
      long caseId, String actor, TimelineEventType type, String details, String dedupKey) {
    Optional<Timestamp> added =
        jdbc.sql(
                """
                insert into timeline_event (case_id, actor, type, details, dedup_key)
                values (?, ?, ?, ?, ?)
                on conflict (dedup_key) where dedup_key is not null do nothing
                returning occurred_at
                """)
            .params(caseId, actor, type.stored(), details, dedupKey)
            .query(Timestamp.class)
            .optional();
    added.ifPresent(at -> announce(caseId, at.toInstant(), actor, type, details));
    return added.isPresent();
  }

  /**
   * Writes what happened to an invoice's money on its collection case's timeline, when it has a
   * case. Each note carries a dedup key so processing a notification again cannot repeat it.
   */
  @Transactional
  public void noteOnInvoice(
      long invoiceId, String actor, TimelineEventType type, String details, String dedupKey) {
    jdbc.sql(
            """
            insert into timeline_event (case_id, actor, type, details, dedup_key)
            select id, :actor, :type, :details, :dedupKey from collection_case where invoice_id = :invoiceId
            on conflict (dedup_key) where dedup_key is not null do nothing
            returning case_id, occurred_at
            """)
        .param("invoiceId", invoiceId)
        .param("actor", actor)
        .param("type", type.stored())
        .param("details", details)
        .param("dedupKey", dedupKey)
        .query(
            (rs, row) ->
                new Noted(rs.getLong("case_id"), rs.getTimestamp("occurred_at").toInstant()))
        .list()
        .forEach(noted -> announce(noted.caseId(), noted.at(), actor, type, details));
  }

  private record Noted(long caseId, Instant at) {}

  private void announce(
      long caseId, Instant at, String actor, TimelineEventType type, String details) {
    WebhookEventType.announcedBy(type, details)
        .ifPresent(event -> webhooks.enqueue(event, caseId, at, actor, details));
  }

  public Optional<TimelineEvent> findByDedupKey(String dedupKey) {
    return jdbc.sql(
            "select case_id, occurred_at, actor, type, details, dedup_key from timeline_event where dedup_key = ?")
        .param(dedupKey)
        .query(Timeline::event)
        .optional();
  }

  /** Oldest first. */
  public List<TimelineEvent> forCase(long caseId) {
    return jdbc.sql(
            """
            select case_id, occurred_at, actor, type, details, dedup_key from timeline_event
             where case_id = :caseId order by occurred_at, id
            """)
        .param("caseId", caseId)
        .query(Timeline::event)
        .list();
  }

  private static TimelineEvent event(ResultSet rs, int row) throws SQLException {
    return new TimelineEvent(
        rs.getLong("case_id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getString("type"),
        rs.getString("details"),
        rs.getString("dedup_key"));
  }
}
