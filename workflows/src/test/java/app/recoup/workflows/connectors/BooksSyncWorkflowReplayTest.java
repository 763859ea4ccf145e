package app.recoup.workflows.connectors;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

/**
 * A sync run under way during a deployment finishes on the new code: the current code replays
 * histories recorded by earlier versions. Never edit the stored ones.
 */
class BooksSyncWorkflowReplayTest {

  /**
   * Recorded before late fees were written back: two payments pushed, one of them given up on after
   * its retries.
   */
  @Test
  void replaysARunOfPaymentsRecordedBeforeLateFees() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/books-sync-workflow-v1-payments-one-given-up.json", BooksSyncWorkflowImpl.class);
  }
}
