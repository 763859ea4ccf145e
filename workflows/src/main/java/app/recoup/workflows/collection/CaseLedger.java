package app.recoup.workflows.collection;

import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.correspondence.HandOverActivities;
import app.recoup.workflows.plans.PlanActivities;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/** The activities a case writes its ledger, timeline, tasks and touches through. */
final class CaseLedger {

  /**
   * Failures no retry can fix: bad data, a missing invoice or customer, a template that cannot be
   * rendered. The activity fails at once and a person is asked ({@link FailureWait}).
   */
  static final String[] PERMANENT = {
    "java.lang.IllegalArgumentException",
    "java.util.NoSuchElementException",
    "app.recoup.activities.messaging.drafting.WordingException"
  };

  final CaseActivities cases = Workflow.newActivityStub(CaseActivities.class, ledgerOptions());

  final ManualStepActivities manualSteps =
      Workflow.newActivityStub(ManualStepActivities.class, ledgerOptions());
  final PlanActivities plans = Workflow.newActivityStub(PlanActivities.class, ledgerOptions());

  final TouchActivities touches =
      Workflow.newActivityStub(TouchActivities.class, touchOptions().build());

  /** The same activities on the sending queue: only {@code sendTouch} is called through it. */
  final TouchActivities sending =
      Workflow.newActivityStub(
          TouchActivities.class,
          touchOptions().setTaskQueue(CollectionWorkflow.SENDING_TASK_QUEUE).build());

  final HandOverActivities handOver =
      Workflow.newActivityStub(HandOverActivities.class, ledgerOptions());

  /** The task that tells a person about a failure: tried for about a week. */
  final CaseActivities failureTasks =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(bounded(Duration.ofMinutes(10), 1_000))
              .build());

  private final long caseId;

  CaseLedger(long caseId) {
    this.caseId = caseId;
  }

  private static ActivityOptions ledgerOptions() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        // about an hour of a database that does not answer, then a person hears of it
        .setRetryOptions(bounded(Duration.ofMinutes(1), 60))
        .build();
  }

  private static ActivityOptions.Builder touchOptions() {
    return ActivityOptions.newBuilder()
        // below the outbox's lease, so an attempt still running is never declared dead
        .setStartToCloseTimeout(Duration.ofSeconds(90))
        // a mail server or Twilio down for about five hours, then a person hears of it
        .setRetryOptions(bounded(Duration.ofMinutes(10), 30));
  }

  /** Sends through the sending queue; a case that sent before it existed goes on as it did. */
  TouchActivities sender() {
    return Versions.adopted(Versions.SENDING_QUEUE) ? sending : touches;
  }

  private static RetryOptions bounded(Duration longestWait, int attempts) {
    return RetryOptions.newBuilder()
        .setMaximumInterval(longestWait)
        .setMaximumAttempts(attempts)
        .setDoNotRetry(PERMANENT)
        .build();
  }

  void progress(int currentStep, Instant nextTouchAt) {
    cases.updateProgress(new CaseProgress(caseId, currentStep, nextTouchAt));
  }

  /**
   * A timeline note, once per key and chain of runs; moves the case to {@code caseStatus} if given.
   */
  void note(
      String actor, TimelineEventType type, String details, CaseStatus caseStatus, String key) {
    cases.note(
        new CaseNote(caseId, actor, type, details, caseStatus, RunState.chainKey(key), null));
  }
}
