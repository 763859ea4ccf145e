package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanCancel;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.HoldReason;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What one run of a case knows, shared by the parts of its workflow. Signals and updates change it
 * between the workflow's waits; the waits watch it.
 */
final class RunState {

  /** The actor of what the process does by itself. */
  static final String SYSTEM = "recoup";

  final CaseSnapshot snapshot;
  Cadence cadence;

  /**
   * How often the policy changed: part of the touch keys, so a new cadence's touches are its own.
   */
  int policyGeneration;

  BigDecimal balance;
  LocalDate dueDate;

  /**
   * Where the case stands: the offset (days from the due date) of the last cadence step recorded,
   * null for none. Kept in days, not step numbers, so it means the same in any cadence.
   */
  Integer doneUpTo;

  Instant nextTouchAt;
  CaseStage phase = CaseStage.WAITING;

  /** The balance or due date moved, or the policy changed: the next touch is planned again. */
  boolean scheduleChanged;

  /** The customer is excluded from automation: a person takes the case over. */
  boolean handledManually;

  boolean closed;

  /** The last change of the invoice said a credit settled it: the case closes as credited. */
  boolean settledByCredit;

  CloseReason closeReason = CloseReason.PAID;
  String closedBy = SYSTEM;
  Hold hold;

  /** The hold this run took over from the run before it: noted, and its task opened, already. */
  Hold carriedHold;

  int holdCount;

  /** Who ended the last hold, and why. */
  Resume resumedBy;

  String openDispute;

  /** The payment plan that replaces the cadence while it runs, or null. */
  PaymentPlan plan;

  /** A person's cancellation of the running plan, until the plan phase takes it. */
  PlanCancel planCancel;

  /** Whether the plan phase runs now (rather than the cadence, which a new plan interrupts). */
  boolean onPlan;

  final Set<String> disputesSeen = new HashSet<>();

  /** The ids of the relayed events taken, so a redelivery changes nothing. */
  final Set<String> eventsTaken = new HashSet<>();

  RunState(CaseSnapshot snapshot) {
    this.snapshot = snapshot;
    this.cadence = snapshot.cadence();
    this.balance = snapshot.balance();
    this.dueDate = snapshot.dueDate();
    this.doneUpTo = cadence.offsetOf(snapshot.lastDoneStep());
  }

  /**
   * Whether a draft waiting now gives way to a plan: a cadence draft to a plan just agreed, a
   * plan's own draft to the plan's cancelling.
   */
  boolean planMoved() {
    return onPlan ? planCancel != null : plan != null;
  }

  /** The last cadence step recorded, numbered in the cadence of now (0 = none). */
  int currentStep() {
    return cadence.lastStepUpTo(doneUpTo);
  }

  long caseId() {
    return snapshot.caseId();
  }

  void hold(HoldReason kind, String by, String reason, Instant until) {
    hold = new Hold(kind, by, reason, until, ++holdCount);
  }

  void closeBy(CloseReason reason, Closing closing) {
    closeReason = reason;
    closedBy = closing.by();
    closed = true;
  }

  /**
   * The touch of a cadence step: {@code
   * <workflowId>[/reopened-<n>][/policy-<generation>]/step-<n>}. A reopened case runs under the
   * same workflow id as before, so its touches are keyed apart.
   */
  String touchKey(int step) {
    Reopening reopening = snapshot.reopening();
    String reopened = reopening == null ? "" : "/reopened-" + reopening.number();
    String policy = policyGeneration == 0 ? "" : "/policy-" + policyGeneration;
    return Workflow.getInfo().getWorkflowId() + reopened + policy + "/step-" + step;
  }

  Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(snapshot.customerZone()).toInstant();
  }

  /**
   * Keys unique per chain of runs (continue-as-new keeps the first run's id), so a case restarted
   * by the reconciler, whose hold numbers start again, writes its own notes and touches.
   */
  static String chainKey(String key) {
    return Workflow.getInfo().getWorkflowId()
        + "/"
        + Workflow.getInfo().getFirstExecutionRunId()
        + "/"
        + key;
  }

  static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
