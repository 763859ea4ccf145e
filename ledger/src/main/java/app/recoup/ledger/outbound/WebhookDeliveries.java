package app.recoup.ledger.outbound;

import app.recoup.workflows.vocabulary.WebhookEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbound webhooks' queue and log; the one writer of {@code webhook_delivery} and {@code
 * webhook_attempt}. An event is queued for every enabled endpoint that wants it in the transaction
 * that recorded it, so a crash loses none; deliverers on any replica claim due deliveries under a
 * lease (rows locked with SKIP LOCKED while claimed), and a deliverer that dies leaves its claims
 * to expire and be delivered again under the same message id.
 */
@Repository
public class WebhookDeliveries {

  private final JdbcClient jdbc;

  WebhookDeliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues the event about a case for the endpoints that want it, in the caller's transaction; the
   * body (type, timestamp, data) is written now and sent unchanged on every attempt.
   */
  public void enqueue(
      WebhookEventType type, long caseId, Instant at, String actor, String details) {
    jdbc.sql(
            """
            insert into webhook_delivery (endpoint_id, message_id, event_type, payload, created_at)
            select e.id, :messageId, :type, body.json, :at
              from webhook_endpoint e,
                   (select json_build_object(
                             'type', :type, 'timestamp', :stamp,
                             'data', json_build_object(
                               'case_id', c.id, 'invoice_id', i.id, 'invoice_number', i.number,
                               'customer_id', cu.id, 'customer_name', cu.name,
                               'currency', i.currency, 'balance', trim_scale(i.balance)::text,
                               'actor', :actor, 'details', :details))::text as json
                      from collection_case c
                      join invoice i on i.id = c.invoice_id
                      join customer cu on cu.id = i.customer_id
                     where c.id = :caseId) body
             where e.enabled and :type = any (e.event_types)
            """)
        .param("messageId", "msg_" + UUID.randomUUID().toString().replace("-", ""))
        .param("type", type.stored())
        .param("stamp", at.toString())
        .param("at", Timestamp.from(at))
        .param("actor", actor)
        .param("details", details == null ? "" : details)
        .param("caseId", caseId)
        .update();
  }

  /**
   * Claims up to {@code limit} due deliveries of enabled endpoints for {@code lease}; rows another
   * deliverer is claiming are skipped, not waited for.
   */
  public List<DueDelivery> claim(Instant now, Duration lease, int limit) {
    return jdbc.sql(
            """
            update webhook_delivery d set leased_until = :until
             where d.id in (select due.id from webhook_delivery due
                              join webhook_endpoint e on e.id = due.endpoint_id
                             where due.status = 'PENDING'
                               and (due.next_attempt_at is null or due.next_attempt_at <= :now)
                               and (due.leased_until is null or due.leased_until <= :now)
                               and e.enabled
                             order by due.next_attempt_at nulls first, due.id
                             limit :limit
                               for update of due skip locked)
            returning d.id, d.endpoint_id, d.message_id, d.event_type, d.payload, d.attempts
            """)
        .param("now", Timestamp.from(now))
        .param("until", Timestamp.from(now.plus(lease)))
        .param("limit", limit)
        .query(
            (rs, row) ->
                new DueDelivery(
                    rs.getLong("id"),
                    rs.getLong("endpoint_id"),
                    rs.getString("message_id"),
                    rs.getString("event_type"),
                    rs.getString("payload"),
                    rs.getInt("attempts")))
        .list();
  }

  /** One delivery to send now, as claimed. */
  public record DueDelivery(
      long id, long endpointId, String messageId, String eventType, String payload, int attempts) {}

  /** The endpoint took the delivery (answered 2xx). */
  @Transactional
  public void delivered(long id, Instant at, int statusCode, long latencyMs) {
    jdbc.sql(
            """
            update webhook_delivery
               set status = 'DELIVERED', delivered_at = :at, leased_until = null,
                   attempts = attempts + 1, last_status_code = :code, last_error = null
             where id = :id
            """)
        .param("id", id)
        .param("at", Timestamp.from(at))
        .param("code", statusCode)
        .update();
    logAttempt(id, at, statusCode, latencyMs, null, null);
  }

  /**
   * An attempt failed ({@code statusCode} null when no answer came); the delivery is due again at
   * {@code retryAt}.
   */
  @Transactional
  public void failed(
      long id, Instant at, Integer statusCode, String error, long latencyMs, Instant retryAt) {
    jdbc.sql(
            """
            update webhook_delivery
               set next_attempt_at = :retryAt, leased_until = null, attempts = attempts + 1,
                   last_status_code = :code, last_error = :error
             where id = :id
            """)
        .param("id", id)
        .param("retryAt", Timestamp.from(retryAt))
        .param("code", statusCode)
        .param("error", error)
        .update();
    logAttempt(id, at, statusCode, latencyMs, error, retryAt);
  }

  private void logAttempt(
      long id, Instant at, Integer statusCode, long latencyMs, String error, Instant retryAt) {
    jdbc.sql(
            """
            insert into webhook_attempt (delivery_id, attempted_at, status_code, latency_ms, error, next_attempt_at)
            values (:id, :at, :code, :latency, :error, :retryAt)
            """)
        .param("id", id)
        .param("at", Timestamp.from(at))
        .param("code", statusCode)
        .param("latency", latencyMs)
        .param("error", error)
        .param("retryAt", retryAt == null ? null : Timestamp.from(retryAt))
        .update();
  }

  /**
   * Sends the endpoint's delivery again, under its message id, as soon as a deliverer comes by;
   * false when the endpoint has no such delivery.
   */
  public boolean replay(long endpointId, long deliveryId) {
    return jdbc.sql(
                """
                update webhook_delivery
                   set status = 'PENDING', next_attempt_at = null, leased_until = null
                 where id = :id and endpoint_id = :endpointId
                """)
            .param("id", deliveryId)
            .param("endpointId", endpointId)
            .update()
        == 1;
  }

  /** The endpoint's latest deliveries, newest first. */
  public List<DeliveryLine> forEndpoint(long endpointId, int limit) {
    return jdbc.sql(
            """
            select d.id, d.message_id, d.event_type, d.created_at, d.status, d.attempts,
                   d.next_attempt_at, d.delivered_at, d.last_status_code, d.last_error,
                   (select a.latency_ms from webhook_attempt a where a.delivery_id = d.id
                     order by a.id desc limit 1) as last_latency_ms
              from webhook_delivery d
             where d.endpoint_id = :endpointId
             order by d.id desc
             limit :limit
            """)
        .param("endpointId", endpointId)
        .param("limit", limit)
        .query(WebhookDeliveries::line)
        .list();
  }

  public boolean has(long endpointId, long deliveryId) {
    return jdbc.sql("select count(*) from webhook_delivery where id = ? and endpoint_id = ?")
            .params(deliveryId, endpointId)
            .query(Long.class)
            .single()
        == 1;
  }

  /** Every attempt at one of the endpoint's deliveries, oldest first. */
  public List<Attempt> attempts(long endpointId, long deliveryId) {
    return jdbc.sql(
            """
            select a.attempted_at, a.status_code, a.latency_ms, a.error, a.next_attempt_at
              from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
             where d.id = :id and d.endpoint_id = :endpointId
             order by a.id
            """)
        .param("id", deliveryId)
        .param("endpointId", endpointId)
        .query(
            (rs, row) ->
                new Attempt(
                    rs.getTimestamp("attempted_at").toInstant(),
                    rs.getObject("status_code", Integer.class),
                    rs.getLong("latency_ms"),
                    rs.getString("error"),
                    instant(rs, "next_attempt_at")))
        .list();
  }

  /**
   * One delivery as its endpoint's log shows it.
   *
   * @param nextAttemptAt when it is tried again; null once delivered, or when due at once
   * @param lastLatencyMs how long its last attempt took; null before the first
   */
  public record DeliveryLine(
      long id,
      String messageId,
      String eventType,
      Instant createdAt,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant deliveredAt,
      Integer lastStatusCode,
      String lastError,
      Long lastLatencyMs) {}

  /**
   * @param statusCode null when no answer came (refused, timed out)
   * @param nextAttemptAt null when it succeeded
   */
  public record Attempt(
      Instant attemptedAt,
      Integer statusCode,
      long latencyMs,
      String error,
      Instant nextAttemptAt) {}

  private static DeliveryLine line(ResultSet rs, int row) throws SQLException {
    boolean delivered = "DELIVERED".equals(rs.getString("status"));
    return new DeliveryLine(
        rs.getLong("id"),
        rs.getString("message_id"),
        rs.getString("event_type"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("status"),
        rs.getInt("attempts"),
        delivered ? null : instant(rs, "next_attempt_at"),
        instant(rs, "delivered_at"),
        rs.getObject("last_status_code", Integer.class),
        rs.getString("last_error"),
        rs.getObject("last_latency_ms", Long.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
