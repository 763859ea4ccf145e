package app.recoup.ledger.messaging;

import app.recoup.workflows.vocabulary.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. Every method is its own short transaction on purpose: a delivery attempt is
 * recorded (committed) before the provider is called, so no database transaction ever spans a
 * network call to a mail server or Twilio.
 */
@Repository
public class Outbox {

  private final JdbcClient jdbc;
  private final OutboxAttachments attachments;

  public Outbox(JdbcClient jdbc, OutboxAttachments attachments) {
    this.jdbc = jdbc;
    this.attachments = attachments;
  }

  /**
   * Inserts the message with its attachments unless its key is already there. Returns whether this
   * call inserted it; a repeat keeps the first call's attachments.
   *
   * @param messageId the email's Message-ID, null for SMS
   */
  @Transactional
  public boolean claim(OutgoingMessage message, String messageId, List<Attachment> files) {
    Optional<Long> inserted =
        jdbc.sql(
                """
                insert into outbox_message
                    (idempotency_key, case_id, channel, recipient, subject, html, text_body, message_id, cc, kind)
                values (:key, :caseId, :channel, :recipient, :subject, :html, :text, :messageId, :cc, :kind)
                on conflict (idempotency_key) do nothing
                returning id
                """)
            .param("key", message.idempotencyKey())
            .param("caseId", message.caseId())
            .param("channel", message.channel().name())
            .param("recipient", message.recipient())
            .param("subject", message.subject())
            .param("html", message.html())
            .param("text", message.text())
            .param("messageId", messageId)
            .param("cc", message.cc())
            .param("kind", message.kind().name())
            .query(Long.class)
            .optional();
    inserted.ifPresent(id -> attachments.add(id, files));
    return inserted.isPresent();
  }

  public Optional<OutboxEntry> find(String key) {
    return jdbc.sql("select * from outbox_message where idempotency_key = ?")
        .param(key)
        .query(Outbox::entry)
        .optional();
  }

  /**
   * Takes the right to deliver, or refuses it because the ledger shows nothing to collect. Only a
   * pending row with no attempt in flight can be taken, and only by one caller. Committed before
   * the provider call.
   *
   * <p>The re-check and the claim are one transaction that first locks the message, then the
   * customer, the invoice (exclusively, so even a dispute being filed against it waits) and the
   * case, in the order payments, write-offs and closures lock them. A payment, pause, closure or
   * dispute therefore either committed before the re-check reads the ledger, and the message is
   * CANCELLED with the reason as its last error, or it waits until this claim has committed. A
   * message of a kind that does not collect (a thank-you, a receipt) is not re-checked.
   */
  @Transactional
  public boolean beginAttempt(String key) {
    List<Optional<Long>> pending =
        jdbc.sql(
                """
                select case_id, kind from outbox_message
                 where idempotency_key = ? and status = 'PENDING' and sending_since is null
                   for update
                """)
            .param(key)
            .query(
                (rs, row) -> {
                  boolean collects = MessageKind.valueOf(rs.getString("kind")).collects();
                  return Optional.ofNullable(rs.getObject("case_id", Long.class))
                      .filter(caseId -> collects);
                })
            .list();
    if (pending.isEmpty()) {
      return false;
    }
    Optional<String> refusal = pending.get(0).flatMap(this::refusal);
    if (refusal.isPresent()) {
      jdbc.sql(
              """
              update outbox_message set status = 'CANCELLED', updated_at = now(), last_error = ?
               where idempotency_key = ?
              """)
          .params(refusal.get(), key)
          .update();
      return false;
    }
    jdbc.sql(
            """
            update outbox_message
               set sending_since = now(), attempts = attempts + 1, updated_at = now()
             where idempotency_key = ?
            """)
        .param(key)
        .update();
    return true;
  }

  /** Why the ledger forbids a message about this case, read after locking what could change it. */
  private Optional<String> refusal(long caseId) {
    lock(
        """
            select 1 from customer where id =
              (select i.customer_id from collection_case c join invoice i on i.id = c.invoice_id where c.id = ?)
               for share
            """,
        caseId);
    lock(
        "select 1 from invoice where id = (select invoice_id from collection_case where id = ?) for update",
        caseId);
    lock("select 1 from collection_case where id = ? for share", caseId);
    // a new statement, so its snapshot includes everything committed before the locks were granted
    return jdbc
        .sql(
            """
            select case
                     when c.status = 'CLOSED' then 'the case is closed'
                     when i.status <> 'OPEN' then 'the invoice is ' || lower(replace(i.status, '_', ' '))
                     when cu.excluded_from_automation then 'the customer is excluded from automation'
                     when exists (select 1 from invoice_dispute d where d.invoice_id = i.id and d.status = 'OPEN')
                       then 'the invoice is disputed'
                     when c.status = 'PAUSED' then 'the case is paused' || coalesce(' (' || c.pause_reason || ')', '')
                   end
              from collection_case c
              join invoice i on i.id = c.invoice_id
              join customer cu on cu.id = i.customer_id
             where c.id = ?
            """)
        .param(caseId)
        .query(String.class)
        .list()
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  private void lock(String select, long caseId) {
    jdbc.sql(select).param(caseId).query(Integer.class).list();
  }

  /**
   * An attempt older than the lease never acknowledged: whether the provider took the message is
   * unknown, so it becomes UNCONFIRMED rather than being sent a second time.
   */
  public boolean abandonStaleAttempt(String key, Duration lease) {
    return jdbc.sql(
                """
                update outbox_message
                   set status = 'UNCONFIRMED', sending_since = null, updated_at = now(),
                       last_error = 'delivery attempt started at ' || sending_since || ' was never acknowledged'
                 where idempotency_key = :key and status = 'PENDING' and sending_since is not null
                   and sending_since <= now() - make_interval(secs => :leaseSeconds)
                """)
            .param("key", key)
            .param("leaseSeconds", lease.toMillis() / 1000.0)
            .update()
        == 1;
  }

  public void markSent(String key, String providerId) {
    jdbc.sql(
            """
            update outbox_message
               set status = 'SENT', provider_id = ?, sending_since = null, sent_at = now(), updated_at = now()
             where idempotency_key = ? and status = 'PENDING'
            """)
        .params(providerId, key)
        .update();
  }

  /**
   * The attempt certainly did not deliver (the provider refused before accepting): try again later.
   */
  public void releaseAttempt(String key, String error) {
    jdbc.sql(
            """
            update outbox_message set sending_since = null, last_error = ?, updated_at = now()
             where idempotency_key = ? and status = 'PENDING'
            """)
        .params(error, key)
        .update();
  }

  public void markFailed(String key, String error) {
    jdbc.sql(
            """
            update outbox_message
               set status = 'FAILED', sending_since = null, last_error = ?, updated_at = now()
             where idempotency_key = ? and status = 'PENDING'
            """)
        .params(error, key)
        .update();
  }

  /** Message-IDs of the case's earlier emails, oldest first: the thread a new email joins. */
  public List<String> earlierMessageIds(long caseId, long beforeId) {
    return jdbc.sql(
            """
            select message_id from outbox_message
             where case_id = ? and id < ? and channel = 'EMAIL' and message_id is not null
               and status in ('SENT', 'UNCONFIRMED')
             order by id
            """)
        .params(caseId, beforeId)
        .query(String.class)
        .list();
  }

  /** The latest of our messages among these Message-IDs: what a reply or bounce refers to. */
  public Optional<OutboxEntry> findByMessageIds(List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select * from outbox_message where message_id in (:ids) order by id desc limit 1")
        .param("ids", messageIds)
        .query(Outbox::entry)
        .optional();
  }

  /** Records a provider's delivery report; empty when no row carries that provider id. */
  public Optional<OutboxEntry> recordDeliveryStatus(
      Channel channel, String providerId, String deliveryStatus) {
    return jdbc.sql(
            """
            update outbox_message set delivery_status = ?, updated_at = now()
             where channel = ? and provider_id = ?
            returning *
            """)
        .params(deliveryStatus, channel.name(), providerId)
        .query(Outbox::entry)
        .optional();
  }

  /** Records that a sent email came back undelivered, so the outbox shows it. */
  public void markBounced(long id) {
    jdbc.sql(
            "update outbox_message set delivery_status = 'bounced', updated_at = now() where id = ?")
        .params(id)
        .update();
  }

  public List<OutboxEntry> newestFirst(int offset, int limit) {
    return jdbc.sql(
            "select * from outbox_message order by created_at desc, id desc offset ? limit ?")
        .params(offset, limit)
        .query(Outbox::entry)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
  }

  private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getString("idempotency_key"),
        (Long) rs.getObject("case_id", Long.class),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("html"),
        rs.getString("text_body"),
        rs.getString("message_id"),
        OutboxStatus.valueOf(rs.getString("status")),
        instant(rs.getTimestamp("sending_since")),
        rs.getInt("attempts"),
        rs.getString("provider_id"),
        rs.getString("delivery_status"),
        rs.getString("last_error"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")),
        rs.getString("cc"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
