package app.recoup.ledger.payments;

import app.recoup.ledger.PostgresText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of every payment notification received, verbatim. */
@Repository
public class PaymentNotifications {

  private static final String COLUMNS =
      "id, source, external_id, body, signature_verified, status, outcome, deliveries, received_at";

  static final int UNVERIFIED_KEPT_CHARS = 8 * 1024;

  private final JdbcClient jdbc;
  private final int unverifiedKept;

  PaymentNotifications(
      JdbcClient jdbc, @Value("${recoup.webhooks.unverified-kept:1000}") int unverifiedKept) {
    this.jdbc = jdbc;
    this.unverifiedKept = unverifiedKept;
  }

  /**
   * The result of storing a delivery: the notification, whether it had been seen before, and where
   * it stands (a new one is PENDING).
   */
  public record Stored(long id, boolean redelivery, NotificationStatus status, String outcome) {}

  /**
   * Stores a verified delivery. The same body under the same external id again is a redelivery of
   * the stored notification (its delivery count goes up, nothing else changes).
   */
  public Stored storeVerified(String source, String externalId, String body) {
    return jdbc.sql(
            """
            insert into payment_notification (source, external_id, body, body_sha256, signature_verified)
            values (:source, :externalId, :body, :sha, true)
            on conflict (source, external_id, body_sha256)
                where signature_verified and external_id is not null
            do update set deliveries = payment_notification.deliveries + 1
            returning id, (xmax <> 0) as redelivery, status, outcome
            """)
        .param("source", source)
        .param("externalId", externalId)
        .param("body", body)
        .param("sha", sha256(body))
        .query(
            (rs, n) ->
                new Stored(
                    rs.getLong("id"),
                    rs.getBoolean("redelivery"),
                    NotificationStatus.valueOf(rs.getString("status")),
                    rs.getString("outcome")))
        .single();
  }

  /**
   * Makes transactions that store under this source and external id take turns: the lock is held
   * until the caller's transaction ends.
   */
  public void lockExternalId(String source, String externalId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", source + "\n" + externalId)
        .query((rs, n) -> n)
        .single();
  }

  /** The first verified notification stored under this source and external id. */
  public Optional<PaymentNotification> firstVerified(String source, String externalId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment_notification"
                + " where source = :source and external_id = :externalId and signature_verified"
                + " order by id limit 1")
        .param("source", source)
        .param("externalId", externalId)
        .query(PaymentNotification.class)
        .optional();
  }

  /**
   * Keeps, for the record, a delivery that is never applied: unverified or unreadable. Anyone can
   * send unverified bodies, so only their first {@value #UNVERIFIED_KEPT_CHARS} characters are
   * kept, and only the newest {@code recoup.webhooks.unverified-kept} of them per source: each one
   * kept beyond that drops the oldest. NUL characters, which PostgreSQL text refuses, are kept as
   * the six characters of their JSON escape.
   */
  public void storeIgnored(String source, String body, boolean signatureVerified, String outcome) {
    if (!signatureVerified && body.length() > UNVERIFIED_KEPT_CHARS) {
      outcome = outcome + " (unverified body cut from " + body.length() + " characters)";
      body = body.substring(0, UNVERIFIED_KEPT_CHARS);
    }
    String kept = PostgresText.withoutNul(body);
    jdbc.sql(
            """
            insert into payment_notification
                (source, body, body_sha256, signature_verified, status, outcome, processed_at)
            values (:source, :body, :sha, :verified, 'IGNORED', :outcome, now())
            """)
        .param("source", source)
        .param("body", kept)
        .param("sha", sha256(kept))
        .param("verified", signatureVerified)
        .param("outcome", PostgresText.withoutNul(outcome))
        .update();
    if (!signatureVerified) {
      jdbc.sql(
              """
              delete from payment_notification where id in (
                  select id from payment_notification where source = :source and not signature_verified
                   order by id desc offset :kept)
              """)
          .param("source", source)
          .param("kept", unverifiedKept)
          .update();
    }
  }

  /**
   * Locks a pending notification for processing in the caller's transaction. Empty when it is not
   * pending any more or another transaction is processing it right now.
   */
  public Optional<PaymentNotification> claimPending(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment_notification where id = :id and status = 'PENDING'"
                + " for update skip locked")
        .param("id", id)
        .query(PaymentNotification.class)
        .optional();
  }

  public void finish(long id, NotificationStatus status, String outcome) {
    jdbc.sql(
            """
            update payment_notification set status = :status, outcome = :outcome,
                processed_at = case when :status = 'PENDING' then null else now() end
            where id = :id
            """)
        .param("id", id)
        .param("status", status.name())
        .param("outcome", outcome)
        .update();
  }

  public Optional<PaymentNotification> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from payment_notification where id = :id")
        .param("id", id)
        .query(PaymentNotification.class)
        .optional();
  }

  /** The latest notifications, newest first, optionally of one status. */
  public List<PaymentNotification> latest(NotificationStatus status, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment_notification"
                + " where (cast(:status as text) is null or status = :status)"
                + " order by received_at desc, id desc limit :limit")
        .param("status", status == null ? null : status.name())
        .param("limit", limit)
        .query(PaymentNotification.class)
        .list();
  }

  /** Pending notifications, oldest first: the order they were received in. */
  public List<Long> pending(int limit) {
    return jdbc.sql(
            "select id from payment_notification where status = 'PENDING' order by received_at, id"
                + " limit :limit")
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /**
   * Marks notifications pending since before {@code cutoff} as handed to a person, each only once,
   * and returns them.
   */
  public List<PaymentNotification> escalateStuck(Instant cutoff, int limit) {
    return jdbc.sql(
            "update payment_notification set escalated_at = now() where id in ("
                + " select id from payment_notification"
                + " where status = 'PENDING' and escalated_at is null and received_at < :cutoff"
                + " order by received_at, id limit :limit for update skip locked)"
                + " returning "
                + COLUMNS)
        .param("cutoff", Timestamp.from(cutoff))
        .param("limit", limit)
        .query(PaymentNotification.class)
        .list();
  }

  private static String sha256(String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
