package app.recoup.ledger.cases;

import app.recoup.ledger.outbound.WebhookDeliveries;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.WebhookEventType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection cases. Plain SQL because every write here must be safe to repeat (retried activities,
 * re-imports, two instances racing): conditional updates and insert-if-absent.
 */
@Repository
public class CollectionCases {

  private static final String COLUMNS =
      "c.id, c.invoice_id, c.workflow_id, c.status, c.current_step, c.next_touch_at,"
          + " c.pause_reason, c.close_reason, c.opened_at, c.closed_at, c.policy_generation, c.reopenings";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final WebhookDeliveries webhooks;

  CollectionCases(JdbcClient jdbc, JdbcTemplate template, WebhookDeliveries webhooks) {
    this.jdbc = jdbc;
    this.template = template;
    this.webhooks = webhooks;
  }

  /**
   * Opens the invoice's case; empty when it already has one (an invoice never gets a second). The
   * opening is announced to outbound webhooks in the same transaction.
   */
  @Transactional
  public Optional<Long> openIfAbsent(long invoiceId, String workflowId) {
    Optional<Opened> opened =
        jdbc.sql(
                """
                insert into collection_case (invoice_id, workflow_id) values (:invoiceId, :workflowId)
                on conflict do nothing
                returning id, opened_at
                """)
            .param("invoiceId", invoiceId)
            .param("workflowId", workflowId)
            .query(
                (rs, row) -> new Opened(rs.getLong("id"), rs.getTimestamp("opened_at").toInstant()))
            .optional();
    opened.ifPresent(
        open ->
            webhooks.enqueue(
                WebhookEventType.CASE_OPENED, open.id(), open.at(), "recoup", "Opened"));
    return opened.map(Opened::id);
  }

  private record Opened(long id, Instant at) {}

  /**
   * Opens the cases of these invoices (workflow id by invoice id) in one statement, and commits
   * them on its own, even inside a caller's transaction, each opening announced to outbound
   * webhooks with it: their workflows start next, and a workflow must never run for a case its
   * caller's rollback took back. Returns the case id by invoice id of those it opened; an invoice
   * that has a case already is left out (it never gets a second).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Map<Long, Long> openEachIfAbsent(Map<Long, String> workflowIdsByInvoice) {
    Map<Long, Long> opened = new HashMap<>();
    if (workflowIdsByInvoice.isEmpty()) {
      return opened;
    }
    List<Map.Entry<Long, String>> given = List.copyOf(workflowIdsByInvoice.entrySet());
    List<Opened> openings = new ArrayList<>();
    template.query(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  """
                  insert into collection_case (invoice_id, workflow_id)
                  select invoice_id, workflow_id from unnest(?::bigint[], ?::text[]) as given(invoice_id, workflow_id)
                  on conflict do nothing
                  returning invoice_id, id, opened_at
                  """);
          insert.setArray(
              1,
              connection.createArrayOf("bigint", given.stream().map(Map.Entry::getKey).toArray()));
          insert.setArray(
              2,
              connection.createArrayOf("text", given.stream().map(Map.Entry::getValue).toArray()));
          return insert;
        },
        (ResultSet rs) -> {
          long caseId = rs.getLong("id");
          opened.put(rs.getLong("invoice_id"), caseId);
          openings.add(new Opened(caseId, rs.getTimestamp("opened_at").toInstant()));
        });
    openings.forEach(
        open ->
            webhooks.enqueue(
                WebhookEventType.CASE_OPENED, open.id(), open.at(), "recoup", "Opened"));
    return opened;
  }

  public Optional<CollectionCase> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from collection_case c where c.id = :id")
        .param("id", id)
        .query(CollectionCases::map)
        .optional();
  }

  public Optional<CollectionCase> findByInvoiceId(long invoiceId) {
    return jdbc.sql("select " + COLUMNS + " from collection_case c where c.invoice_id = :invoiceId")
        .param("invoiceId", invoiceId)
        .query(CollectionCases::map)
        .optional();
  }

  public List<CollectionCase> findByInvoiceIds(Collection<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from collection_case c where c.invoice_id in (:ids)")
        .param("ids", invoiceIds)
        .query(CollectionCases::map)
        .list();
  }

  public long countNotClosed() {
    return jdbc.sql("select count(*) from collection_case where status <> 'CLOSED'")
        .query(Long.class)
        .single();
  }

  /** Cases not closed, in id order, a page at a time (keyset: pass the last id seen). */
  public List<CollectionCase> findNotClosedAfter(long afterId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from collection_case c where c.status <> 'CLOSED' and c.id > :afterId"
                + " order by c.id limit :limit")
        .param("afterId", afterId)
        .param("limit", limit)
        .query(CollectionCases::map)
        .list();
  }

  /** Open invoices with a balance, due on or before the date, that have no case yet. */
  public List<Long> invoicesWithoutCaseDueBy(LocalDate dueBy) {
    return jdbc.sql(
            """
            select i.id from invoice i
             where i.status = 'OPEN' and i.balance > 0 and i.due_date <= :dueBy
               and not exists (select 1 from collection_case c where c.invoice_id = i.id)
             order by i.id
            """)
        .param("dueBy", dueBy)
        .query(Long.class)
        .list();
  }

  /**
   * Closed cases (as paid or written off) whose invoice is open and owed again, due on or before
   * the date: the sweep reopens them if the change that should have did not.
   */
  public List<Long> invoicesOwedAgainDueBy(LocalDate dueBy) {
    return jdbc.sql(
            """
            select i.id from invoice i join collection_case c on c.invoice_id = i.id
             where i.status = 'OPEN' and i.balance > 0 and i.due_date <= :dueBy
               and c.status = 'CLOSED' and c.close_reason in ('PAID', 'WRITTEN_OFF')
             order by i.id
            """)
        .param("dueBy", dueBy)
        .query(Long.class)
        .list();
  }

  /**
   * Opens the closed case again for its {@code number}-th reopening while its invoice is owed;
   * returns whether the case is open for that reopening (true again when repeated).
   */
  public boolean reopen(long caseId, int number) {
    jdbc.sql(
            """
            update collection_case c
               set status = 'OPEN', close_reason = null, closed_at = null, next_touch_at = null,
                   pause_reason = null, reopenings = :number, version = c.version + 1
             where c.id = :id and c.status = 'CLOSED' and c.reopenings = :number - 1
               and exists (select 1 from invoice i
                            where i.id = c.invoice_id and i.status = 'OPEN' and i.balance > 0)
            """)
        .param("id", caseId)
        .param("number", number)
        .update();
    return jdbc.sql(
                "select count(*) from collection_case where id = :id and status <> 'CLOSED' and reopenings = :number")
            .param("id", caseId)
            .param("number", number)
            .query(Long.class)
            .single()
        == 1;
  }

  public void recordProgress(long caseId, int currentStep, Instant nextTouchAt) {
    jdbc.sql(
            """
            update collection_case
               set current_step = :step, next_touch_at = :nextTouchAt, version = version + 1
             where id = :id and status <> 'CLOSED'
            """)
        .param("id", caseId)
        .param("step", currentStep)
        .param("nextTouchAt", nextTouchAt == null ? null : Timestamp.from(nextTouchAt))
        .update();
  }

  /** Holds an open case (a reply, a pause, a promise, a dispute); the reason is shown to people. */
  public void pause(long caseId, String reason) {
    jdbc.sql(
            """
            update collection_case set status = 'PAUSED', pause_reason = :reason, version = version + 1
             where id = :id and status <> 'CLOSED'
            """)
        .param("id", caseId)
        .param("reason", reason)
        .update();
  }

  public void resume(long caseId) {
    jdbc.sql(
            """
            update collection_case set status = 'OPEN', pause_reason = null, version = version + 1
             where id = :id and status = 'PAUSED'
            """)
        .param("id", caseId)
        .update();
  }

  /**
   * Counts a policy change the case's workflow took (in the transaction marking it delivered), so a
   * workflow started again for the case keys its touches in the same generation.
   */
  public void policyAdopted(long caseId) {
    jdbc.sql("update collection_case set policy_generation = policy_generation + 1 where id = ?")
        .param(caseId)
        .update();
  }

  /** Returns whether this call closed the case (false when it was closed already). */
  public boolean close(long caseId, CloseReason reason) {
    return jdbc.sql(
                """
                update collection_case
                   set status = 'CLOSED', close_reason = :reason, closed_at = now(),
                       next_touch_at = null, version = version + 1
                 where id = :id and status <> 'CLOSED'
                """)
            .param("id", caseId)
            .param("reason", reason.name())
            .update()
        == 1;
  }

  /** Hands an open case to a person (null: to nobody); false when the case is closed. */
  public boolean assign(long caseId, String assignee) {
    return jdbc.sql(
                "update collection_case set assignee = :assignee where id = :id and status <> 'CLOSED'")
            .param("assignee", assignee)
            .param("id", caseId)
            .update()
        == 1;
  }

  /**
   * Re-scores open cases for today: urgency grows by each case's balance every day. The cases are
   * taken in invoice id order, the order every writer of several invoices or cases keeps.
   */
  public int rescore() {
    return jdbc.sql(
            """
            with due as (
                   select k.id from collection_case k join invoice i on i.id = k.invoice_id
                    where k.status <> 'CLOSED' and k.urgency <> case_urgency(i.balance, i.due_date)
                    order by k.invoice_id
                      for update of k)
            update collection_case k set urgency = case_urgency(i.balance, i.due_date)
              from due, invoice i
             where k.id = due.id and i.id = k.invoice_id
            """)
        .update();
  }

  private static CollectionCase map(ResultSet rs, int row) throws SQLException {
    return new CollectionCase(
        rs.getLong("id"),
        rs.getLong("invoice_id"),
        rs.getString("workflow_id"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getInt("current_step"),
        instant(rs.getTimestamp("next_touch_at")),
        rs.getString("pause_reason"),
        rs.getString("close_reason") == null
            ? null
            : CloseReason.valueOf(rs.getString("close_reason")),
        instant(rs.getTimestamp("opened_at")),
        instant(rs.getTimestamp("closed_at")),
        rs.getInt("policy_generation"),
        rs.getInt("reopenings"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
