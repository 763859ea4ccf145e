package app.recoup.web.casepage;

import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a case's workflow says of itself: awaiting approval, on hold and why, the dispute to
 * resolve. Empty when the workflow cannot answer (not running, or the engine unreachable); the page
 * then shows the ledger's view alone.
 */
@Component
class ProcessState {

  private final WorkflowClient client;

  ProcessState(WorkflowClient client) {
    this.client = client;
  }

  Optional<CaseState> of(String invoiceNumber) {
    try {
      return Optional.of(
          client.newWorkflowStub(CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber)).state());
    } catch (WorkflowException unavailable) {
      return Optional.empty();
    }
  }
}
