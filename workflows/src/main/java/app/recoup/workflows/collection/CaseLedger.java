package app.recoup.workflows.collection;

import app.recoup.workflows.approval.TouchActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/** The activities a case writes its ledger, timeline, tasks and touches through. */
final class CaseLedger {

  final CaseActivities cases =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  final TouchActivities touches =
      Workflow.newActivityStub(
          TouchActivities.class,
          ActivityOptions.newBuilder()
              // below the outbox's lease, so an attempt still running is never declared dead
              .setStartToCloseTimeout(Duration.ofSeconds(90))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumInterval(Duration.ofMinutes(10)).build())
              .build());

  private final long caseId;

  CaseLedger(long caseId) {
    this.caseId = caseId;
  }

  void progress(int currentStep, Instant nextTouchAt) {
    cases.updateProgress(new CaseProgress(caseId, currentStep, nextTouchAt));
  }

  /** A timeline note, once per key and chain of runs; moves the case to {@code caseStatus} if given. */
  void note(String actor, String type, String details, String caseStatus, String key) {
    cases.note(new CaseNote(caseId, actor, type, details, caseStatus, RunState.chainKey(key), null));
  }
}
