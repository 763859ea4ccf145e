package app.recoup.api.cases;

import app.recoup.api.process.AnswerDeadline;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.InvoiceChange;
import app.recoup.workflows.events.Pause;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import org.springframework.stereotype.Component;

/** The collection workflows as the rest of the application talks to them. */
@Component
class CollectionWorkflows {

  private final WorkflowClient client;
  private final AnswerDeadline answers;

  CollectionWorkflows(WorkflowClient client, AnswerDeadline answers) {
    this.client = client;
    this.answers = answers;
  }

  /** Returns false when the id is taken (under the given reuse policy): never a second case. */
  boolean start(CaseSnapshot snapshot, WorkflowIdReusePolicy reusePolicy) {
    CollectionWorkflow workflow =
        client.newWorkflowStub(
            CollectionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionWorkflow.workflowId(snapshot.invoiceNumber()))
                .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                .setWorkflowIdReusePolicy(reusePolicy)
                .build());
    try {
      WorkflowClient.start(workflow::run, snapshot);
      return true;
    } catch (WorkflowExecutionAlreadyStarted alreadyStarted) {
      return false;
    }
  }

  /** Returns false when no workflow of that id is running to receive it. */
  boolean signalInvoiceChanged(String workflowId, InvoiceChange change) {
    try {
      client.newWorkflowStub(CollectionWorkflow.class, workflowId).invoiceChanged(change);
      return true;
    } catch (WorkflowNotFoundException notRunning) {
      return false;
    }
  }

  /**
   * A case that was on hold when its workflow was lost is held again, until a person resumes it.
   * Returns false when the workflow did not take the hold within {@link AnswerDeadline} (no worker
   * took its task, or the engine did not answer): start-up never waits for it longer.
   */
  boolean restoreHold(String workflowId, String reason) {
    String why =
        reason == null || reason.isBlank()
            ? "held before a restart"
            : "held before a restart: " + reason;
    CollectionWorkflow workflow = client.newWorkflowStub(CollectionWorkflow.class, workflowId);
    try {
      answers.bound(
          answers.start(),
          () -> {
            workflow.pause(new Pause("recoup", why));
            return null;
          });
      return true;
    } catch (WorkflowException notTaken) {
      return false;
    }
  }

  /** "10 s": how long {@link #restoreHold} waits, as a person reads it. */
  String answerWithin() {
    return answers.asText();
  }

  boolean isRunning(String workflowId) {
    try {
      return client.newUntypedWorkflowStub(workflowId).describe().getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException unknown) {
      return false;
    }
  }
}
