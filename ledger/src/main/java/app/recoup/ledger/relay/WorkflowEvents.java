package app.recoup.ledger.relay;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow events table: the transactional outbox between the ledger and the workflows. Facts
 * are recorded in their caller's transaction; a relay takes pending events in order, one relay at a
 * time across the cluster, and marks each delivered once Temporal has it.
 */
@Repository
public class WorkflowEvents {

  /**
   * The advisory lock a relay pass holds for its transaction: one pass at a time, cluster-wide.
   * Whoever holds it holds every relay back.
   */
  public static final long RELAY_LOCK = 0x7265636f75700001L;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  WorkflowEvents(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Records one event in the caller's transaction (or its own, without one). */
  @Transactional
  public void record(long invoiceId, WorkflowEventKind kind, String payload, Instant at) {
    recordEach(List.of(invoiceId), kind, payload, at);
  }

  /** Records an event of no one invoice in the caller's transaction (or its own, without one). */
  @Transactional
  public void recordWithoutInvoice(WorkflowEventKind kind, String payload, Instant at) {
    jdbc.sql(
            """
            insert into workflow_event (kind, payload, recorded_at, next_attempt_at)
            values (:kind, :payload, :at, :at)
            """)
        .param("kind", kind.name())
        .param("payload", payload)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Records the same event for each invoice, in one statement. */
  @Transactional
  public void recordEach(
      Collection<Long> invoiceIds, WorkflowEventKind kind, String payload, Instant at) {
    if (invoiceIds.isEmpty()) {
      return;
    }
    template.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  """
                  insert into workflow_event (invoice_id, kind, payload, recorded_at, next_attempt_at)
                  select invoice_id, ?, ?, ?, ? from unnest(?::bigint[]) with ordinality as given(invoice_id, position)
                   order by position
                  """);
          insert.setString(1, kind.name());
          insert.setString(2, payload);
          insert.setTimestamp(3, Timestamp.from(at));
          insert.setTimestamp(4, Timestamp.from(at));
          insert.setArray(5, connection.createArrayOf("bigint", invoiceIds.toArray()));
          return insert;
        });
  }

  /**
   * One relay pass, in one transaction: unless another pass holds the relay lock (then it returns
   * empty at once), hands {@code deliver} the events due at {@code now}, oldest first, at most
   * {@code limit}, and applies the outcome it answers for each. An event waits while an earlier
   * event of its invoice waits for a retry, so each case learns its facts in the order they
   * happened. If the pass dies, its marks roll back and the events are delivered again: delivery
   * must be idempotent per event id.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<Integer> relay(
      Instant now, int limit, Function<List<WorkflowEvent>, List<Outcome>> deliver) {
    boolean mine =
        jdbc.sql("select pg_try_advisory_xact_lock(?)")
            .param(RELAY_LOCK)
            .query(Boolean.class)
            .single();
    if (!mine) {
      return Optional.empty();
    }
    List<WorkflowEvent> due =
        jdbc.sql(
                """
                select e.id, e.invoice_id, e.kind, e.payload, e.attempts
                  from workflow_event e
                 where e.delivered_at is null and e.next_attempt_at <= :now
                   and not exists (select 1 from workflow_event earlier
                                    where earlier.invoice_id = e.invoice_id and earlier.delivered_at is null
                                      and earlier.id < e.id and earlier.next_attempt_at > :now)
                 order by e.id
                 limit :limit
                """)
            .param("now", Timestamp.from(now))
            .param("limit", limit)
            .query(
                (rs, row) ->
                    new WorkflowEvent(
                        rs.getLong("id"),
                        rs.getObject("invoice_id", Long.class),
                        WorkflowEventKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
            .list();
    if (due.isEmpty()) {
      return Optional.of(0);
    }
    List<Outcome> outcomes = deliver.apply(due);
    for (Outcome outcome : outcomes) {
      if (outcome.retryAt() == null) {
        jdbc.sql(
                "update workflow_event set delivered_at = ?, outcome = ?, attempts = attempts + 1 where id = ?")
            .params(Timestamp.from(now), outcome.note(), outcome.eventId())
            .update();
      } else {
        jdbc.sql(
                "update workflow_event set next_attempt_at = ?, last_error = ?, attempts = attempts + 1 where id = ?")
            .params(Timestamp.from(outcome.retryAt()), outcome.note(), outcome.eventId())
            .update();
      }
    }
    return Optional.of(outcomes.size());
  }

  /**
   * What became of one event in a pass.
   *
   * @param retryAt null when delivered (or nothing is left to deliver to), else when to try again
   * @param note what happened, for people reading the table: the outcome, or the last error
   */
  public record Outcome(long eventId, Instant retryAt, String note) {

    public static Outcome delivered(long eventId, String note) {
      return new Outcome(eventId, null, note);
    }

    public static Outcome retry(long eventId, Instant at, String error) {
      return new Outcome(eventId, at, error);
    }
  }

  /** The invoices' events waiting for a retry are due at {@code now}. */
  public void dueNow(Collection<Long> invoiceIds, Instant now) {
    jdbc.sql(
            "update workflow_event set next_attempt_at = :now where delivered_at is null and invoice_id in (:ids)")
        .param("now", Timestamp.from(now))
        .param("ids", invoiceIds)
        .update();
  }

  /**
   * How far the policy's last roll-out got (its events share their recording instant); empty when
   * it was never rolled out.
   */
  public Optional<RolloutProgress> lastRollout(String policy) {
    return jdbc.sql(
            """
            select count(*) as cases, count(delivered_at) as reached
              from workflow_event
             where kind = 'POLICY_CHANGED' and payload = :policy
               and recorded_at = (select max(recorded_at) from workflow_event
                                   where kind = 'POLICY_CHANGED' and payload = :policy)
            """)
        .param("policy", policy)
        .query((rs, row) -> new RolloutProgress(rs.getInt("cases"), rs.getInt("reached")))
        .optional()
        .filter(progress -> progress.cases() > 0);
  }

  /**
   * @param reached cases the change was delivered to (or that closed meanwhile)
   */
  public record RolloutProgress(int cases, int reached) {

    public boolean done() {
      return reached == cases;
    }
  }

  /** Events recorded and not yet delivered: the relay's backlog. */
  public long backlog() {
    return jdbc.sql("select count(*) from workflow_event where delivered_at is null")
        .query(Long.class)
        .single();
  }
}
