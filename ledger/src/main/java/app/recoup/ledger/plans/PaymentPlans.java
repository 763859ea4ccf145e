package app.recoup.ledger.plans;

import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PlanProgress;
import app.recoup.workflows.plans.PlanStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment plans and their instalments: the one writer of {@code payment_plan(_instalment)}. */
@Repository
public class PaymentPlans {

  private static final String COLUMNS =
      """
      id, case_id, status, currency, total, note, proposed_by, agreed_by, instalments_paid,
      missed_instalment, reminder_days_before, grace_days, make_good_days, created_at, agreed_at,
      ended_at
      """;

  private final JdbcClient jdbc;

  PaymentPlans(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the plan with its instalments; returns its id.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the case has a plan running or
   *     requested already
   */
  public long add(NewPlan plan) {
    BigDecimal total =
        plan.instalments().stream()
            .map(Instalment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long id =
        jdbc.sql(
                """
                insert into payment_plan (case_id, status, currency, total, note, proposed_by,
                    agreed_by, reminder_days_before, grace_days, make_good_days, created_at,
                    agreed_at)
                values (:caseId, :status, :currency, :total, :note, :proposedBy, :agreedBy,
                    :reminder, :grace, :makeGood, :at, :agreedAt)
                returning id
                """)
            .param("caseId", plan.caseId())
            .param("status", plan.status().name())
            .param("currency", plan.currency())
            .param("total", total)
            .param("note", plan.note() == null ? "" : plan.note().strip())
            .param("proposedBy", plan.proposedBy())
            .param("agreedBy", plan.agreedBy())
            .param("reminder", plan.terms().reminderDaysBefore())
            .param("grace", plan.terms().graceDays())
            .param("makeGood", plan.terms().makeGoodDays())
            .param("at", Timestamp.from(plan.at()))
            .param("agreedAt", plan.agreedBy() == null ? null : Timestamp.from(plan.at()))
            .query(Long.class)
            .single();
    for (Instalment instalment : plan.instalments()) {
      jdbc.sql(
              """
              insert into payment_plan_instalment (plan_id, number, due_date, amount)
              values (:plan, :number, :dueDate, :amount)
              """)
          .param("plan", id)
          .param("number", instalment.number())
          .param("dueDate", instalment.dueDate())
          .param("amount", instalment.amount())
          .update();
    }
    return id;
  }

  /** A requested plan approved by a person; false when it is no longer waiting for approval. */
  public boolean approve(long planId, String by, Instant at) {
    return jdbc.sql(
                """
                update payment_plan set status = 'ACTIVE', agreed_by = :by, agreed_at = :at
                where id = :id and status = 'REQUESTED'
                """)
            .param("id", planId)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  /** A requested plan declined by a person; false when it is no longer waiting for approval. */
  public boolean decline(long planId, String by, Instant at) {
    return jdbc.sql(
                """
                update payment_plan set status = 'DECLINED', agreed_by = :by, ended_at = :at
                where id = :id and status = 'REQUESTED'
                """)
            .param("id", planId)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  /** What the running plan reached; an ended plan keeps the end it was given first. */
  public void recordProgress(PlanProgress progress, Instant at) {
    boolean ends = progress.status() != PlanStatus.ACTIVE;
    jdbc.sql(
            """
            update payment_plan set status = :status, instalments_paid = :paid,
                missed_instalment = :missed, ended_at = case when :ends then cast(:at as timestamptz) end
            where id = :id and status = 'ACTIVE'
            """)
        .param("id", progress.planId())
        .param("status", progress.status().name())
        .param("paid", progress.instalmentsPaid())
        .param("missed", progress.missedInstalment())
        .param("ends", ends)
        .param("at", Timestamp.from(at))
        .update();
  }

  public Optional<StoredPlan> find(long planId) {
    return jdbc.sql("select " + COLUMNS + " from payment_plan where id = :id")
        .param("id", planId)
        .query(this::plan)
        .optional();
  }

  /** The case's plans, newest first. */
  public List<StoredPlan> forCase(long caseId) {
    return jdbc.sql(
            "select " + COLUMNS + " from payment_plan where case_id = :caseId order by id desc")
        .param("caseId", caseId)
        .query(this::plan)
        .list();
  }

  /**
   * The first unpaid instalment of the invoice's running plan: what a plan reminder or a missed
   * instalment notice is about.
   */
  public Optional<Instalment> nextUnpaidInstalment(long invoiceId) {
    return jdbc.sql(
            """
            select i.number, i.due_date, i.amount
            from payment_plan p
            join collection_case c on c.id = p.case_id
            join payment_plan_instalment i on i.plan_id = p.id and i.number = p.instalments_paid + 1
            where c.invoice_id = :invoiceId and p.status = 'ACTIVE'
            """)
        .param("invoiceId", invoiceId)
        .query(
            (rs, row) ->
                new Instalment(
                    rs.getInt("number"),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getBigDecimal("amount")))
        .optional();
  }

  private StoredPlan plan(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    String currency = rs.getString("currency").strip();
    return new StoredPlan(
        id,
        rs.getLong("case_id"),
        PlanStatus.valueOf(rs.getString("status")),
        currency,
        inCurrency(rs.getBigDecimal("total"), currency),
        rs.getString("note"),
        rs.getString("proposed_by"),
        rs.getString("agreed_by"),
        rs.getInt("instalments_paid"),
        (Integer) rs.getObject("missed_instalment"),
        new PlanTerms(
            rs.getInt("reminder_days_before"),
            rs.getInt("grace_days"),
            rs.getInt("make_good_days")),
        instant(rs, "created_at"),
        instant(rs, "agreed_at"),
        instant(rs, "ended_at"),
        instalments(id, currency));
  }

  /** Amounts as the currency writes them (400.00 EUR, 5000 JPY); they were stored so. */
  private static BigDecimal inCurrency(BigDecimal amount, String currency) {
    return amount.setScale(
        Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()),
        RoundingMode.UNNECESSARY);
  }

  private List<Instalment> instalments(long planId, String currency) {
    return jdbc.sql(
            """
            select number, due_date, amount from payment_plan_instalment
            where plan_id = :plan order by number
            """)
        .param("plan", planId)
        .query(
            (rs, row) ->
                new Instalment(
                    rs.getInt("number"),
                    rs.getObject("due_date", LocalDate.class),
                    inCurrency(rs.getBigDecimal("amount"), currency)))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
