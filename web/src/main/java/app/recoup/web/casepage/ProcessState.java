package app.recoup.web.casepage;

import app.recoup.api.process.AnswerDeadline;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a case's workflow says of itself: awaiting approval, on hold and why, the dispute to
 * resolve. Empty when the workflow cannot answer within {@link AnswerDeadline} (not running, its
 * worker down, or the engine unreachable); the page then shows the ledger's view alone.
 */
@Component
class ProcessState {

  private final WorkflowClient client;
  private final AnswerDeadline answers;

  ProcessState(WorkflowClient client, AnswerDeadline answers) {
    this.client = client;
    this.answers = answers;
  }

  Optional<CaseState> of(String invoiceNumber) {
    try {
      CollectionWorkflow workflow =
          client.newWorkflowStub(
              CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber));
      return Optional.of(answers.bound(answers.start(), workflow::state));
    } catch (WorkflowException unavailable) {
      return Optional.empty();
    }
  }
}
