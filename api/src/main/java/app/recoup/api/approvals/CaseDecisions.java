package app.recoup.api.approvals;

import app.recoup.api.approvals.ApprovalController.DecisionRefused;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Sends people's decisions to a case's workflow and turns its refusals into answers. */
@Component
class CaseDecisions {

  private final WorkflowClient client;
  private final InvoiceRepository invoices;

  CaseDecisions(WorkflowClient client, InvoiceRepository invoices) {
    this.client = client;
    this.invoices = invoices;
  }

  void approve(String invoiceNumber, Approval approval) {
    update(invoiceNumber, workflow -> workflow.approve(approval));
  }

  void skip(String invoiceNumber, Skip skip) {
    update(invoiceNumber, workflow -> workflow.skip(skip));
  }

  private void update(String invoiceNumber, Consumer<CollectionWorkflow> decision) {
    if (invoices.findByNumber(invoiceNumber).isEmpty()) {
      throw new DecisionRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber);
    }
    CollectionWorkflow workflow =
        client.newWorkflowStub(CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber));
    try {
      decision.accept(workflow);
    } catch (WorkflowNotFoundException notRunning) {
      throw new DecisionRefused(HttpStatus.CONFLICT, "The case of invoice " + invoiceNumber + " is not running");
    } catch (WorkflowUpdateException refused) {
      throw refusal(refused);
    }
  }

  /** The workflow's validator said no: a malformed decision (422) or a stale one (409). */
  private static DecisionRefused refusal(WorkflowUpdateException refused) {
    if (refused.getCause() instanceof ApplicationFailure failure) {
      HttpStatus status =
          IllegalArgumentException.class.getName().equals(failure.getType())
              ? HttpStatus.UNPROCESSABLE_CONTENT
              : HttpStatus.CONFLICT;
      return new DecisionRefused(status, failure.getOriginalMessage());
    }
    return new DecisionRefused(HttpStatus.CONFLICT, "The case did not take the decision: " + refused.getMessage());
  }
}
