package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireOpen;

import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.HoldReason;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.workflow.Workflow;

/**
 * Escalation, never silence: after the final touch, once holds are waited out and the escalation
 * wait passes unpaid, a person decides the next step; nothing legal or destructive happens by
 * itself. Also how a case ends: closed, or handed to a person.
 */
final class Escalation {

  private final RunState state;
  private final CaseLedger ledger;
  private final HoldWait holds;
  private boolean awaitingNextStep;
  private NextStep nextStep;

  Escalation(RunState state, CaseLedger ledger, HoldWait holds) {
    this.state = state;
    this.ledger = ledger;
    this.holds = holds;
  }

  /** Whether a person's decision on the next step is awaited now. */
  boolean awaitsDecision() {
    return awaitingNextStep && nextStep == null;
  }

  /** The cadence ran out (or a person took the case over, or it closed). */
  void afterCadence() {
    state.nextTouchAt = null;
    boolean escalationWait =
        !state.closed && !state.handledManually && Versions.adopted(Versions.ESCALATION_WAIT);
    if (escalationWait) {
      waitBeforeEscalating();
    }
    if (state.plan != null && !state.closed) {
      return;
    }
    if (state.closed) {
      close();
      return;
    }
    state.phase = CaseStage.HANDED_TO_PERSON;
    ledger.progress(state.currentStep(), null);
    ledger.cases.openHumanTask(
        state.handledManually
            ? HumanTaskRequest.handleManually(state.caseId())
            : HumanTaskRequest.decideNextStep(state.caseId()));
    if (escalationWait) {
      awaitNextStep();
    }
  }

  /** The final touch had its chance: holds (a promise, a dispute) are waited out first. */
  private void waitBeforeEscalating() {
    while (!state.closed) {
      if (state.hold != null) {
        holds.waitOut();
        continue;
      }
      if (state.plan != null) {
        return;
      }
      if (!Workflow.await(
          state.snapshot.timed().escalateAfter(),
          () -> state.closed || state.hold != null || state.plan != null)) {
        return;
      }
    }
  }

  /** Waits for the person's decision; a write-off closes, anything else waits for the money. */
  private void awaitNextStep() {
    awaitingNextStep = true;
    Workflow.await(() -> state.closed || nextStep != null || state.plan != null);
    awaitingNextStep = false;
    if (nextStep != null) {
      String note =
          nextStep.note() == null || nextStep.note().isBlank() ? "" : ": " + nextStep.note();
      ledger.cases.note(
          new CaseNote(
              state.caseId(),
              nextStep.by(),
              TimelineEventType.NEXT_STEP_DECIDED,
              nextStep.choice().name().toLowerCase().replace('_', ' ') + note,
              null,
              RunState.chainKey("next-step"),
              TaskKind.DECIDE_NEXT_STEP));
      if (nextStep.choice() == NextStep.Choice.WRITE_OFF) {
        state.closeBy(CloseReason.WRITTEN_OFF, new Closing(nextStep.by(), nextStep.note()));
      }
      Workflow.await(() -> state.closed || state.plan != null);
    }
    if (state.plan != null && !state.closed) {
      // the plan runs; after it the case comes back here, and a person decides anew
      nextStep = null;
      return;
    }
    if (state.closed) {
      close();
    }
  }

  private void close() {
    if (state.settledByCredit
        && state.closeReason == CloseReason.PAID
        && Versions.adopted(Versions.CREDITED_CLOSE)) {
      state.closeReason = CloseReason.CREDITED;
    }
    if (state.hold != null
        && state.hold.kind() == HoldReason.PROMISE
        && state.closeReason == CloseReason.PAID) {
      ledger.note(
          RunState.SYSTEM,
          TimelineEventType.PROMISE_KEPT,
          "Paid as promised",
          null,
          "promise-" + state.hold.seq() + "/kept");
    }
    if (state.balance.signum() < 0) {
      ledger.cases.openHumanTask(HumanTaskRequest.overpaid(state.caseId()));
    }
    if (!RunState.SYSTEM.equals(state.closedBy)) {
      ledger.note(
          state.closedBy,
          state.closeReason.timelineEvent(),
          state.closeReason.describe(),
          null,
          "closed-by");
    }
    ledger.cases.closeCase(new CaseClosure(state.caseId(), state.closeReason));
  }

  void decide(NextStep decision) {
    nextStep = decision;
  }

  void validateDecision(NextStep decision) {
    requireOpen(state, decision.by());
    if (decision.choice() == null) {
      throw new IllegalArgumentException(
          "a choice is required: CALL_CLIENT, PAYMENT_PLAN, LEGAL_REFERRAL or WRITE_OFF");
    }
    if (!awaitingNextStep || nextStep != null) {
      throw new IllegalStateException("no decision on the next step is awaited");
    }
  }
}
