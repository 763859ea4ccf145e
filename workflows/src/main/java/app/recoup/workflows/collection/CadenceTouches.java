package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.PlannedStep;
import app.recoup.workflows.cadence.StepMessage;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The touches of the cadence: sleep until the next one falls due (on a free day of its customer),
 * record it, post its step's late fee, then draft and send it.
 */
final class CadenceTouches {

  private final RunState state;
  private final CaseLedger ledger;
  private final TouchSending sending;
  private final ManualSteps manualSteps;
  private final CombinedTouches combined;

  CadenceTouches(
      RunState state,
      CaseLedger ledger,
      TouchSending sending,
      ManualSteps manualSteps,
      CombinedTouches combined) {
    this.state = state;
    this.ledger = ledger;
    this.sending = sending;
    this.manualSteps = manualSteps;
    this.combined = combined;
  }

  /** The touch the case owes next from where it stands; empty when the cadence has run out. */
  Optional<DueTouch> next() {
    Optional<PlannedStep> chosen =
        Versions.adopted(Versions.AGE_PICKS_STEP)
            ? state.cadence.next(
                state.currentStep(), state.dueDate, state.snapshot.customerZone(), RunState.now())
            : state.cadence.nextByShiftedInstants(
                state.currentStep(), state.dueDate, state.snapshot.customerZone(), RunState.now());
    return chosen.map(
        planned ->
            new DueTouch(
                planned,
                state.touchKey(planned.step().number()),
                planned.step().number() == state.cadence.lastStepNumber()));
  }

  /** Returns whether the touch fell due; false when a signal closed the case or moved it. */
  boolean waitUntilDue(DueTouch due) {
    PlannedStep planned = due.planned();
    state.nextTouchAt = planned.at();
    state.scheduleChanged = false;
    ledger.progress(state.currentStep(), state.nextTouchAt);
    Duration untilTouch = Duration.between(RunState.now(), planned.at());
    if (untilTouch.isNegative() || untilTouch.isZero()) {
      return !state.closed;
    }
    return !Workflow.await(untilTouch, this::interrupted);
  }

  /**
   * With a business calendar, the touch claims a day its customer is not touched on by another
   * case, and waits for that day if it had to move. Returns false when a signal interrupted the
   * wait. Touches combined per customer claim no day: their correspondence sends one message.
   */
  boolean waitForFreeDay(DueTouch due) {
    if (state.cadence.calendar() == null
        || !Versions.adopted(Versions.ONE_TOUCH_A_DAY)
        || combined.apply()) {
      return true;
    }
    Instant slot =
        ledger.touches.claimTouchDay(
            new DayClaim(
                state.caseId(),
                due.key(),
                RunState.now(),
                state.cadence.calendar(),
                state.snapshot.customerZone()));
    Duration untilSlot = Duration.between(RunState.now(), slot);
    if (untilSlot.compareTo(TouchSending.MIN_RETRY_WAIT) < 0) {
      return true;
    }
    state.nextTouchAt = slot;
    ledger.progress(state.currentStep(), slot);
    return !Workflow.await(untilSlot, this::interrupted);
  }

  private boolean interrupted() {
    return state.closed || state.scheduleChanged || state.hold != null || state.plan != null;
  }

  /**
   * Records the touch and moves the case past its step. The position is the step's own offset: a
   * policy that changed while the touch was recorded reads it in days, and skips none of its steps.
   */
  void record(DueTouch due) {
    PlannedStep planned = due.planned();
    ledger.cases.recordPlannedTouch(
        new PlannedTouch(
            state.caseId(), due.step(), planned.step().offsetDays(), planned.at(), due.key()));
    state.doneUpTo =
        Versions.adopted(Versions.POSITION_BY_OFFSET)
            ? planned.step().offsetDays()
            : state.cadence.offsetOf(due.step());
  }

  void run(DueTouch due) {
    PlannedStep planned = due.planned();
    int step = due.step();
    // until it is sent or skipped the touch stays the next one, at its planned instant
    ledger.progress(step, planned.at());
    if (planned.step().lateFee() != null) {
      ledger.touches.postLateFee(
          new FeeRequest(
              state.caseId(),
              state.snapshot.invoiceNumber(),
              step,
              due.key(),
              planned.step().lateFee()));
    }
    if (manualSteps.run(due)) {
      return;
    }
    StepMessage message =
        Versions.adopted(Versions.STEP_MESSAGE) ? planned.step().messageOrDefault() : null;
    sending.draftAndSend(
        new TouchRequest(
            state.caseId(),
            state.snapshot.invoiceNumber(),
            step,
            planned.step().offsetDays(),
            due.finalStep(),
            due.key(),
            message));
  }
}
