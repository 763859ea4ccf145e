package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class BooksScheduleWorkflowImpl implements BooksScheduleWorkflow {

  /** Runs before the schedule continues as new, so its history stays small. */
  static final int RUNS_PER_HISTORY = 100;

  private boolean syncNow;

  @Override
  public void run(BooksVendor books, Duration interval) {
    for (int runs = 0; runs < RUNS_PER_HISTORY; runs++) {
      Workflow.await(interval, () -> syncNow);
      syncNow = false;
      BooksSyncWorkflow run =
          Workflow.newChildWorkflowStub(
              BooksSyncWorkflow.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(BooksSyncWorkflow.workflowId(books, Workflow.currentTimeMillis()))
                  .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                  .build());
      try {
        if (!run.sync(books).connected()) {
          return;
        }
      } catch (ChildWorkflowFailure failed) {
        // the run's own history says why; the next run tries again
      }
    }
    Workflow.continueAsNew(books, interval);
  }

  @Override
  public void syncNow(String reason) {
    syncNow = true;
  }
}
