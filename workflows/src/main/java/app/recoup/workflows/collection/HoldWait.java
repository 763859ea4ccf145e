package app.recoup.workflows.collection;

import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.Resume;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Waits while the case is on hold. A hold with an end (snooze, promise) ends by itself; one
 * without (reply, pause, dispute) becomes a task after the hold review period and then waits for
 * the person. A hold replaced by another (a promise made while paused) is waited out anew.
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
    Hold current = state.hold;
    state.phase = CaseStatus.ON_HOLD;
    ledger.note(current.by(), "CASE_ON_HOLD", "On hold: " + current.describe(), "PAUSED", "hold-" + current.seq());
    if (current.kind() == Hold.Kind.DISPUTE) {
      ledger.cases.openHumanTask(HumanTaskRequest.resolveDispute(state.caseId(), current.reason()));
    }
    Duration limit =
        current.until() == null
            ? state.snapshot.timed().holdReviewAfter()
            : positive(Duration.between(RunState.now(), current.until()));
    boolean moved = Workflow.await(limit, () -> state.closed || state.hold != current);
    boolean broken = !moved && current.kind() == Hold.Kind.PROMISE;
    if (!moved && current.until() != null) {
      if (broken) {
        ledger.note(RunState.SYSTEM, "PROMISE_BROKEN", "Not paid by the promised date", null,
            "promise-" + current.seq() + "/broken");
      }
      state.hold = null;
      state.resumedBy = new Resume(RunState.SYSTEM, current.kind().name().toLowerCase() + " ended");
    } else if (!moved) {
      ledger.cases.openHumanTask(HumanTaskRequest.reviewHold(state.caseId(), current.describe()));
      Workflow.await(() -> state.closed || state.hold != current);
    }
    state.phase = CaseStatus.WAITING;
    if (state.hold == null && !state.closed) {
      Resume resumed = state.resumedBy;
      String note = resumed.note() == null || resumed.note().isBlank() ? "" : ": " + resumed.note();
      ledger.note(resumed.by(), "CASE_RESUMED", "Resumed" + note, "OPEN", "hold-" + current.seq() + "/resumed");
      if (broken && Versions.adopted(Versions.PROMISE_BROKEN_TOUCH)) {
        promiseBroken.send(current);
      }
    }
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() || duration.isZero() ? Duration.ofSeconds(1) : duration;
  }
}
