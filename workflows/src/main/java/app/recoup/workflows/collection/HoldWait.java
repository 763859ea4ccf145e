package app.recoup.workflows.collection;

import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.HoldReason;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Waits while the case is on hold. A hold with an end (snooze, promise) ends by itself; one without
 * (reply, pause, dispute) becomes a task after the hold review period and then waits for the
 * person. A hold replaced by another (a promise made while paused) is waited out anew. A hold
 * outlasting the history limit continues as new under the same hold (its note and task are made
 * once: the next run does not repeat them; its review period starts again).
 */
final class HoldWait {

  private final RunState state;
  private final CaseLedger ledger;
  private final PromiseBrokenTouch promiseBroken;

  HoldWait(RunState state, CaseLedger ledger, PromiseBrokenTouch promiseBroken) {
    this.state = state;
    this.ledger = ledger;
    this.promiseBroken = promiseBroken;
  }

  void waitOut() {
    boolean carryOver = Versions.adopted(Versions.HOLD_CARRY_OVER);
    Hold current = state.hold;
    state.phase = CaseStage.ON_HOLD;
    if (!current.equals(state.carriedHold)) {
      announce(current);
    }
    Duration limit =
        current.until() == null
            ? state.snapshot.timed().holdReviewAfter()
            : positive(Duration.between(RunState.now(), current.until()));
    boolean moved =
        Workflow.await(limit, () -> moved(current) || carryOver && CarryOver.due(state));
    continueAsNewIfDue(carryOver, current);
    boolean broken = !moved && current.kind() == HoldReason.PROMISE;
    if (!moved && current.until() != null) {
      if (broken) {
        ledger.note(
            RunState.SYSTEM,
            TimelineEventType.PROMISE_BROKEN,
            "Not paid by the promised date",
            null,
            "promise-" + current.seq() + "/broken");
      }
      state.hold = null;
      state.resumedBy = new Resume(RunState.SYSTEM, current.kind().name().toLowerCase() + " ended");
    } else if (!moved) {
      ledger.cases.openHumanTask(HumanTaskRequest.reviewHold(state.caseId(), current.describe()));
      Workflow.await(() -> moved(current) || carryOver && CarryOver.due(state));
      continueAsNewIfDue(carryOver, current);
    }
    state.phase = CaseStage.WAITING;
    if (state.hold == null && !state.closed) {
      Resume resumed = state.resumedBy;
      String note = resumed.note() == null || resumed.note().isBlank() ? "" : ": " + resumed.note();
      ledger.note(
          resumed.by(),
          TimelineEventType.CASE_RESUMED,
          "Resumed" + note,
          CaseStatus.OPEN,
          "hold-" + current.seq() + "/resumed");
      if (broken && Versions.adopted(Versions.PROMISE_BROKEN_TOUCH)) {
        promiseBroken.send(current);
      }
    }
  }

  private void announce(Hold current) {
    ledger.note(
        current.by(),
        TimelineEventType.CASE_ON_HOLD,
        "On hold: " + current.describe(),
        CaseStatus.PAUSED,
        "hold-" + current.seq());
    if (current.kind() == HoldReason.DISPUTE) {
      ledger.cases.openHumanTask(HumanTaskRequest.resolveDispute(state.caseId(), current.reason()));
    }
  }

  private boolean moved(Hold current) {
    return state.closed || state.hold != current;
  }

  private void continueAsNewIfDue(boolean carryOver, Hold current) {
    if (carryOver && !moved(current) && CarryOver.due(state)) {
      CarryOver.continueAsNew(state);
    }
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() || duration.isZero() ? Duration.ofSeconds(1) : duration;
  }
}
