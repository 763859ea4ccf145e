package app.recoup.workflows.collection;

import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanProgress;
import app.recoup.workflows.plans.PlanStatus;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/**
 * A payment plan in place of the cadence. For each instalment in order: a reminder some days before
 * its date (unless it is paid already), then, unpaid after its grace days, it is missed: a touch
 * tells the customer, and unpaid after the make-good days the plan is broken and a person gets a
 * task. Payments go to the earliest unpaid instalment first (what the case was paid since the plan
 * began, against the instalments' running total). Paid in full, the plan is kept and the case
 * closes; broken or cancelled, the case goes back to its cadence at the step it had reached.
 */
final class PlanPhase {

  /** Plan touches are numbered apart from the cadence, like the broken-promise notice. */
  static final int STEP = PromiseBrokenTouch.STEP;

  /** Reminders go out at this hour of the customer's morning. */
  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private static final StepMessage REMINDER =
      new StepMessage(
          StepMessage.Channel.PREFERRED,
          StepMessage.Tone.CUSTOMER,
          StepMessage.Template.PLAN_REMINDER,
          false);

  private static final StepMessage MISSED =
      new StepMessage(
          StepMessage.Channel.PREFERRED,
          StepMessage.Tone.CUSTOMER,
          StepMessage.Template.INSTALMENT_MISSED,
          false);

  private final RunState state;
  private final CaseLedger ledger;
  private final TouchSending sending;

  private PaymentPlan plan;
  private BigDecimal owedAtStart;
  private int notedPaid;

  PlanPhase(RunState state, CaseLedger ledger, TouchSending sending) {
    this.state = state;
    this.ledger = ledger;
    this.sending = sending;
  }

  /** Runs the agreed plan to its end; the case is closed or back on its cadence afterwards. */
  void run() {
    if (!Versions.adopted(Versions.PAYMENT_PLANS)) {
      state.plan = null;
      return;
    }
    plan = state.plan;
    // a plan taken up again after a restart: what is paid of it is its total less the balance
    owedAtStart = plan.total();
    notedPaid = 0;
    state.onPlan = true;
    state.phase = CaseStage.ON_PLAN;
    if (!plan.restored()) {
      note(plan.by(), TimelineEventType.PLAN_AGREED, describe(plan), "agreed");
    }
    record(PlanStatus.ACTIVE, null);
    PlanStatus end = runInstalments();
    notePaidInstalments();
    record(end, null);
    switch (end) {
      case KEPT ->
          note(
              RunState.SYSTEM,
              TimelineEventType.PLAN_KEPT,
              "Payment plan kept: all %d instalments paid".formatted(plan.instalments().size()),
              "kept");
      case BROKEN ->
          note(
              RunState.SYSTEM,
              TimelineEventType.PLAN_BROKEN,
              "Payment plan broken: back to the cadence",
              "broken");
      default ->
          note(
              state.planCancel == null ? state.closedBy : state.planCancel.by(),
              TimelineEventType.PLAN_CANCELLED,
              state.planCancel == null
                  ? "Payment plan ended: the case was " + state.closeReason.describe()
                  : "Payment plan cancelled: " + state.planCancel.reason(),
              "cancelled");
    }
    state.plan = null;
    state.planCancel = null;
    state.onPlan = false;
    state.nextTouchAt = null;
    state.phase = CaseStage.WAITING;
    state.scheduleChanged = true;
  }

  private PlanStatus runInstalments() {
    for (Instalment instalment : plan.instalments()) {
      if (over()) {
        break;
      }
      if (paid(instalment)) {
        continue;
      }
      Instant remindAt =
          instalment
              .dueDate()
              .minusDays(plan.reminderDaysBefore())
              .atTime(REMINDER_TIME)
              .atZone(state.snapshot.customerZone())
              .toInstant();
      if (!waitUntilPaid(instalment, remindAt) && !over()) {
        touch(instalment, REMINDER, "reminder");
      }
      Instant missedAt = state.startOfDay(instalment.dueDate().plusDays(plan.graceDays() + 1L));
      if (over() || waitUntilPaid(instalment, missedAt) || over()) {
        continue;
      }
      if (!madeGood(instalment)) {
        return over() ? ending() : PlanStatus.BROKEN;
      }
    }
    return ending();
  }

  /** The instalment was missed: the customer hears of it, then has the make-good days to pay. */
  private boolean madeGood(Instalment instalment) {
    note(
        RunState.SYSTEM,
        TimelineEventType.INSTALMENT_MISSED,
        "Instalment %d of %s %s due %s not paid"
            .formatted(
                instalment.number(),
                instalment.amount().toPlainString(),
                state.snapshot.currency(),
                instalment.dueDate()),
        "instalment-" + instalment.number() + "/missed");
    record(PlanStatus.ACTIVE, instalment.number());
    touch(instalment, MISSED, "missed");
    if (over()) {
      return false;
    }
    Instant makeGoodBy = RunState.now().plus(Duration.ofDays(plan.makeGoodDays()));
    if (waitUntilPaid(instalment, makeGoodBy)) {
      note(
          RunState.SYSTEM,
          TimelineEventType.INSTALMENT_MADE_GOOD,
          "Missed instalment %d paid after all".formatted(instalment.number()),
          "instalment-" + instalment.number() + "/made-good");
      record(PlanStatus.ACTIVE, null);
      return true;
    }
    if (!over()) {
      ledger.cases.openHumanTask(
          new HumanTaskRequest(
              state.caseId(),
              TaskKind.PLAN_INSTALMENT_MISSED,
              "Instalment %d of the payment plan was missed and not made good: call the customer"
                      .formatted(instalment.number())
                  + " or agree a new plan"));
    }
    return false;
  }

  /**
   * Sleeps until {@code until} or until the instalment is paid, the case closes or the plan is
   * cancelled. Returns whether the instalment is paid; instalments paid meanwhile are noted.
   */
  private boolean waitUntilPaid(Instalment instalment, Instant until) {
    state.nextTouchAt = until;
    while (true) {
      notePaidInstalments();
      Duration wait = Duration.between(RunState.now(), until);
      if (paid(instalment) || over() || wait.isNegative() || wait.isZero()) {
        return paid(instalment);
      }
      int noted = notedPaid;
      Workflow.await(wait, () -> paid(instalment) || over() || paidCount() > noted);
    }
  }

  private void touch(Instalment instalment, StepMessage message, String what) {
    String touchKey = key("instalment-" + instalment.number() + "/" + what);
    ledger.cases.recordPlannedTouch(
        new PlannedTouch(state.caseId(), STEP, 0, RunState.now(), touchKey));
    sending.draftAndSend(
        new TouchRequest(
            state.caseId(), state.snapshot.invoiceNumber(), STEP, 0, false, touchKey, message));
  }

  private void notePaidInstalments() {
    int paid = paidCount();
    if (paid <= notedPaid) {
      return;
    }
    for (int number = notedPaid + 1; number <= paid; number++) {
      Instalment instalment = plan.instalments().get(number - 1);
      note(
          RunState.SYSTEM,
          TimelineEventType.INSTALMENT_PAID,
          "Instalment %d of %d paid (%s %s)"
              .formatted(
                  number,
                  plan.instalments().size(),
                  instalment.amount().toPlainString(),
                  state.snapshot.currency()),
          "instalment-" + number + "/paid");
    }
    notedPaid = paid;
    record(PlanStatus.ACTIVE, null);
  }

  private void record(PlanStatus status, Integer missed) {
    ledger.plans.recordPlanProgress(new PlanProgress(plan.planId(), status, paidCount(), missed));
  }

  /** Closed as paid, or every instalment paid: kept; cancelled or closed otherwise: cancelled. */
  private PlanStatus ending() {
    return state.planCancel != null || state.closed && state.closeReason != CloseReason.PAID
        ? PlanStatus.CANCELLED
        : PlanStatus.KEPT;
  }

  private boolean over() {
    return state.closed || state.planCancel != null;
  }

  private boolean paid(Instalment instalment) {
    return paidCount() >= instalment.number();
  }

  private int paidCount() {
    return plan.coveredBy(owedAtStart.subtract(state.balance));
  }

  /**
   * {@code <workflowId>/plan-<id>/<what>}: plan ids are unique, so a plan taken up again after a
   * restart (a new chain of runs) finds its notes and touches written already, and repeats none.
   */
  private String key(String what) {
    return Workflow.getInfo().getWorkflowId() + "/plan-" + plan.planId() + "/" + what;
  }

  /** A timeline note once per plan and key. */
  private void note(String actor, TimelineEventType type, String details, String what) {
    ledger.cases.note(new CaseNote(state.caseId(), actor, type, details, null, key(what), null));
  }

  private String describe(PaymentPlan agreed) {
    String note = agreed.note() == null || agreed.note().isBlank() ? "" : ": " + agreed.note();
    return "Payment plan of %d instalments agreed, %s %s, the last due %s%s"
        .formatted(
            agreed.instalments().size(),
            agreed.total().toPlainString(),
            state.snapshot.currency(),
            agreed.instalments().get(agreed.instalments().size() - 1).dueDate(),
            note);
  }
}
