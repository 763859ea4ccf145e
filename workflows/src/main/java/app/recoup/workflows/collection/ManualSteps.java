package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.ManualStep;
import app.recoup.workflows.events.ManualStepDone;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Manual steps of the cadence (a call, a letter, an escalation): instead of a message the case
 * opens a task and waits until a person completes it; not done within the step's days, the wait
 * escalates to a task for the case's assignee and goes on waiting. A hold or a closing withdraws
 * the step, as it withdraws a draft. Completions arrive through the relay, so one that arrives
 * before the wait (a restarted case) is not lost.
 */
final class ManualSteps {

  private final RunState state;
  private final CaseLedger ledger;

  /** Completed tasks by id, as relayed. */
  private final Map<Long, ManualStepDone> completed = new HashMap<>();

  ManualSteps(RunState state, CaseLedger ledger) {
    this.state = state;
    this.ledger = ledger;
  }

  /** Runs the touch's step if it is a manual one; returns whether it was. */
  boolean run(DueTouch due) {
    ManualStep manual = due.planned().step().manual();
    if (manual == null || !Versions.adopted(Versions.MANUAL_STEPS)) {
      return false;
    }
    Instant dueAt = due.planned().at().plus(Duration.ofDays(manual.daysToComplete()));
    ManualStepTask task = new ManualStepTask(state.caseId(), due.step(), due.key(), manual, dueAt);
    long taskId = ledger.manualSteps.openManualStep(task);
    state.phase = CaseStage.AWAITING_MANUAL_STEP;
    Duration allowed = Duration.between(RunState.now(), dueAt);
    // a case that reaches its step late (restarted, caught up) still gets a moment, not no timer
    if (allowed.compareTo(TouchSending.MIN_RETRY_WAIT) < 0) {
      allowed = TouchSending.MIN_RETRY_WAIT;
    }
    if (!Workflow.await(allowed, () -> settled(taskId))) {
      ledger.manualSteps.escalateManualStep(task);
      Workflow.await(() -> settled(taskId));
    }
    state.phase = CaseStage.WAITING;
    ManualStepDone done = completed.get(taskId);
    ledger.manualSteps.finishManualStep(
        done != null
            ? new ManualStepOutcome(task, done.by(), done.decision())
            : new ManualStepOutcome(task, null, withdrawal()));
    return true;
  }

  void done(ManualStepDone event) {
    completed.put(event.taskId(), event);
  }

  private boolean settled(long taskId) {
    return completed.containsKey(taskId) || state.closed || state.hold != null;
  }

  private String withdrawal() {
    return state.closed
        ? "withdrawn, the case closed"
        : "withdrawn, the case is on hold (" + state.hold.describe() + ")";
  }
}
