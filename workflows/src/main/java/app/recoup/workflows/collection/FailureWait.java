package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.Checks.requireOpen;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

/**
 * An activity gave up (a permanent failure, or a transient one outlasting its retries): the case
 * opens one task naming the failure and waits for a person to retry it (after fixing the cause) or
 * to close the case, instead of retrying for ever in silence.
 */
final class FailureWait {

  private final RunState state;
  private final CaseLedger ledger;
  private String failure;

  FailureWait(RunState state, CaseLedger ledger) {
    this.state = state;
    this.ledger = ledger;
  }

  /** Whether the case waits for a person after a failure. */
  boolean waiting() {
    return failure != null;
  }

  void waitForPerson(ActivityFailure failed) {
    failure = describe(failed);
    CaseStage before = state.phase;
    state.phase = CaseStage.HANDED_TO_PERSON;
    ledger.failureTasks.openHumanTask(HumanTaskRequest.activityFailed(state.caseId(), failure));
    Workflow.await(() -> failure == null || state.closed);
    state.phase = before == CaseStage.AWAITING_APPROVAL ? CaseStage.WAITING : before;
  }

  void retry() {
    failure = null;
  }

  void validateRetry(String by) {
    requireOpen(state, by);
    if (failure == null) {
      throw new IllegalStateException("nothing failed: the case runs");
    }
  }

  private static String describe(ActivityFailure failed) {
    String why =
        failed.getCause() instanceof ApplicationFailure cause
            ? cause.getType().substring(cause.getType().lastIndexOf('.') + 1)
                + ": "
                + cause.getOriginalMessage()
            : String.valueOf(failed.getCause());
    return failed.getActivityType() + " failed (" + why + ")";
  }
}
