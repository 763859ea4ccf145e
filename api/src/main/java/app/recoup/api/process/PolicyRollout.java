package app.recoup.api.process;

import app.recoup.api.cases.PolicyBook;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Tells every running case that uses a policy about its new cadence (a signal): the case adopts it
 * from where it stands, see {@link CollectionWorkflow#policyChanged}.
 */
@Component
public class PolicyRollout {

  private final CadencePolicies policies;
  private final PolicyBook book;
  private final WorkflowClient client;

  PolicyRollout(CadencePolicies policies, PolicyBook book, WorkflowClient client) {
    this.policies = policies;
    this.book = book;
    this.client = client;
  }

  /** Signals the running cases now using the policy; returns how many took it. */
  public int rollOut(String name) {
    Cadence cadence = book.cadence(book.policy(name));
    int updated = 0;
    for (CadencePolicies.PolicyUser user : policies.openCasesUsing(name)) {
      try {
        client.newWorkflowStub(CollectionWorkflow.class, user.workflowId()).policyChanged(cadence);
        updated++;
      } catch (WorkflowNotFoundException finished) {
        // its cadence is over: a person decides what happens next, no touches left to change
      }
    }
    return updated;
  }
}
