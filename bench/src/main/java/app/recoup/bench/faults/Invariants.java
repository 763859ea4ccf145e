package app.recoup.bench.faults;

import io.grpc.Status;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The promises Recoup makes to a finance team, counted from PostgreSQL, its outbox and Temporal.
 * Every figure must be 0.
 */
final class Invariants {

  /** A touch's message: its outbox row carries the touch's key. */
  private static final String TOUCH_MESSAGE =
      """
      outbox_message m join touch t on t.idempotency_key = m.idempotency_key and m.status in ('SENT', 'UNCONFIRMED')""";

  private static final Map<String, String> FIGURES = new LinkedHashMap<>();
  static final String LATE_FEES_TWICE = "late fees posted more than once";

  static {
    FIGURES.put(
        "messages sent after the payment that settled their invoice was recorded",
        """
        with settled as (
          select i.id, max(p.created_at) as at from invoice i join payment p on p.invoice_id = i.id
          where i.balance <= 0 group by i.id)
        select count(*) from %s
          join collection_case c on c.id = m.case_id join settled s on s.id = c.invoice_id
        where m.created_at > s.at"""
            .formatted(TOUCH_MESSAGE));
    FIGURES.put(
        "touch keys sent more than once",
        """
        select (select count(*) from (select idempotency_key from outbox_message where status in ('SENT', 'UNCONFIRMED')
                  group by 1 having count(*) > 1) o)
             + (select count(*) from (select idempotency_key from touch where status = 'SENT'
                  group by 1 having count(*) > 1) t)""");
    // each of the harness's cadences has one fixed fee, on the same day (14 days after due), and a
    // case moving to the other cadence goes on after the days it has done: one fee per run of a
    // case (its first, or each reopening, whose touch keys say /reopened-<n>)
    FIGURES.put(
        LATE_FEES_TWICE,
        """
        select count(*) from (select invoice_id from late_fee where waived_at is null
          group by invoice_id, kind, substring(idempotency_key from '/reopened-[0-9]+/') having count(*) > 1) f""");
    FIGURES.put(
        "payments applied more than once",
        """
        select count(*) from (select source, external_id from payment where external_id is not null
          group by 1, 2 having count(*) > 1) p""");
    FIGURES.put(
        "replies and disputes that did not hold their case",
        """
        with holds as (
          select e.case_id, e.occurred_at as at from timeline_event e where e.type = 'reply.logged'
          union all
          select c.id, d.created_at from invoice_dispute d join collection_case c on c.invoice_id = d.invoice_id
          where d.status = 'OPEN')
        select count(*) from holds h
        where exists (select 1 from %s where m.case_id = h.case_id and m.created_at > h.at)"""
            .formatted(TOUCH_MESSAGE));
    FIGURES.put(
        "events recorded and never delivered to their workflow",
        """
        select count(*) from workflow_event where delivered_at is null""");
  }

  private Invariants() {}

  /** Each figure by name, in the order of the issue. */
  static Map<String, Long> count(
      Connection db,
      WorkflowServiceStubs temporal,
      Set<String> acceptedPayments,
      Map<String, String> acceptedDisputes)
      throws SQLException {
    Map<String, Long> figures = new LinkedHashMap<>();
    for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
      // beside the late fees posted twice, how many were posted: a 0 must be a zero of something
      String name =
          figure.getKey().equals(LATE_FEES_TWICE)
              ? LATE_FEES_TWICE + " (of " + single(db, "select count(*) from late_fee") + " posted)"
              : figure.getKey();
      figures.put(name, single(db, figure.getValue()));
    }
    figures.put("payments accepted and never applied", acceptedNeverApplied(db, acceptedPayments));
    figures.put(
        "disputes accepted and never holding their case (case still open)",
        disputes(
            db,
            acceptedDisputes,
            """
        (%s) = 0 and exists (select 1 from collection_case c where c.invoice_id = i.id and c.status <> 'CLOSED')"""));
    figures.put(
        "disputes that held their case more than once", disputes(db, acceptedDisputes, "(%s) > 1"));
    figures.put(
        "invoices with a balance, overdue, not excluded, without an open case and a running workflow",
        unchased(db, temporal));
    return figures;
  }

  /** One of the figures PostgreSQL alone answers, by its name. */
  static long figure(Connection db, String name) throws SQLException {
    return single(db, FIGURES.get(name));
  }

  /** What the month did, so that zeros above are zeros of something. */
  static String activity(Connection db) throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement(
                """
        select (select count(*) from outbox_message m join touch t on t.idempotency_key = m.idempotency_key
                  where m.status = 'SENT') || ' touch messages sent, '
            || (select count(*) from payment) || ' payments applied ('
            || (select count(*) from payment where refunded > 0) || ' refunded), '
            || (select count(*) from invoice where balance <= 0) || ' invoices paid, '
            || (select count(*) from collection_case where status <> 'CLOSED') || ' cases open, '
            || (select count(*) from timeline_event where type = 'reply.logged') || ' replies, '
            || (select count(*) from timeline_event where type = 'CASE_ON_HOLD' and details like 'On hold: dispute:%')
            || ' disputes and '
            || (select count(*) from timeline_event where type = 'CASE_ON_HOLD' and details like 'On hold: promise:%')
            || ' promises holding a case, '
            || (select count(*) from late_fee) || ' late fees, '
            || (select count(*) from workflow_event) || ' workflow events relayed, '
            || (select count(*) from payment_exception) || ' payment exceptions, '
            || (select count(*) from human_task) || ' tasks'""");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Work Recoup still has in hand: events to relay, notifications to apply. */
  static long inFlight(Connection db) throws SQLException {
    return single(
        db,
        """
        select (select count(*) from workflow_event where delivered_at is null)
             + (select count(*) from payment_notification where status = 'PENDING')""");
  }

  /**
   * A 2xx answer promised the processor the payment is Recoup's to apply (or to refuse, visibly).
   */
  private static long acceptedNeverApplied(Connection db, Set<String> accepted)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            """
        select count(*) from unnest(?::text[]) a(id)
        where not exists (select 1 from payment_notification n
                          where n.external_id = a.id and n.status in ('PROCESSED', 'EXCEPTION', 'IGNORED'))""")) {
      query.setArray(1, db.createArrayOf("text", accepted.toArray()));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Accepted disputes (id to invoice number) matching the condition, in which {@code %s} stands for
   * how often the dispute was announced on its invoice's timeline ("On hold: dispute: QUALITY (...
   * (id))", the harness writes the id into the note).
   */
  private static long disputes(Connection db, Map<String, String> accepted, String condition)
      throws SQLException {
    String announced =
        """
        select count(*) from timeline_event e join collection_case c on c.id = e.case_id
        where c.invoice_id = i.id and e.type = 'CASE_ON_HOLD' and e.details like 'On hold: dispute: %(' || a.id || '))'""";
    try (PreparedStatement query =
        db.prepareStatement(
            """
        select count(*) from unnest(?::text[], ?::text[]) a(id, invoice) join invoice i on i.number = a.invoice
        where """
                + condition.formatted(announced))) {
      query.setArray(1, db.createArrayOf("text", accepted.keySet().toArray()));
      query.setArray(2, db.createArrayOf("text", accepted.values().toArray()));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Open cases whose workflow does not answer a query within 5 s: stuck (as on a dead worker's
   * sticky queue), so every command to it would end in a 504 and its timers would never fire.
   */
  static long unanswering(Connection db, WorkflowServiceStubs temporal) throws SQLException {
    List<String> open = new ArrayList<>();
    try (PreparedStatement query =
            db.prepareStatement(
                "select workflow_id from collection_case where status <> 'CLOSED'");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        open.add(rs.getString(1));
      }
    }
    long stuck = 0;
    for (String workflowId : open) {
      try {
        temporal
            .blockingStub()
            .withDeadlineAfter(5, TimeUnit.SECONDS)
            .queryWorkflow(
                QueryWorkflowRequest.newBuilder()
                    .setNamespace("default")
                    .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                    .setQuery(WorkflowQuery.newBuilder().setQueryType("state"))
                    .build());
      } catch (io.grpc.StatusRuntimeException failed) {
        if (failed.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
          stuck++;
          System.out.println("  not answering: " + workflowId);
        }
      }
    }
    return stuck;
  }

  private static long unchased(Connection db, WorkflowServiceStubs temporal) throws SQLException {
    List<String[]> owed = new ArrayList<>();
    try (PreparedStatement query =
            db.prepareStatement(
                """
        select i.number, string_agg(c.workflow_id, ' ') from invoice i
          join customer cu on cu.id = i.customer_id
          left join collection_case c on c.invoice_id = i.id and c.status <> 'CLOSED'
        where i.balance > 0 and i.status = 'OPEN' and i.due_date < current_date and not cu.excluded_from_automation
        group by i.number""");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        owed.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    long unchased = 0;
    for (String[] invoice : owed) {
      boolean running =
          invoice[1] != null
              && List.of(invoice[1].split(" ")).stream().anyMatch(id -> running(temporal, id));
      if (!running) {
        unchased++;
        System.out.println(
            "  not chased: "
                + invoice[0]
                + (invoice[1] == null
                    ? " (no open case)"
                    : " (workflow " + invoice[1] + " not running)")
                + "; "
                + lastWords(db, invoice[0]));
      }
    }
    return unchased;
  }

  /** The invoice's last case and timeline, for the person reading the figures. */
  private static String lastWords(Connection db, String invoice) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            """
        select 'case ' || c.status || coalesce(' (' || c.close_reason || ')', '') || ', paid ' || i.amount_paid || ' of '
               || i.total || ', timeline: ' || coalesce((select string_agg(type || ' ' || left(details, 60), ' | ' order by id)
                 from (select * from timeline_event e where e.case_id = c.id order by id desc limit 6) t), '')
        from invoice i left join collection_case c on c.invoice_id = i.id where i.number = ? order by c.id desc limit 1""")) {
      query.setString(1, invoice);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private static boolean running(WorkflowServiceStubs temporal, String workflowId) {
    try {
      return temporal
              .blockingStub()
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace("default")
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                      .build())
              .getWorkflowExecutionInfo()
              .getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (io.grpc.StatusRuntimeException notFound) {
      return false;
    }
  }

  static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
