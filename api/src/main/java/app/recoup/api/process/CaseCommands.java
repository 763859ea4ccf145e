package app.recoup.api.process;

import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends people's commands to a case's workflow as updates and turns its refusals into answers: a
 * malformed command is 422, one the case is not in a state to take is 409.
 */
@Component
class CaseCommands {

  private final WorkflowClient client;
  private final InvoiceRepository invoices;

  CaseCommands(WorkflowClient client, InvoiceRepository invoices) {
    this.client = client;
    this.invoices = invoices;
  }

  void send(String invoiceNumber, Consumer<CollectionWorkflow> command) {
    if (invoices.findByNumber(invoiceNumber).isEmpty()) {
      throw new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber);
    }
    CollectionWorkflow workflow =
        client.newWorkflowStub(CollectionWorkflow.class, CollectionWorkflow.workflowId(invoiceNumber));
    try {
      command.accept(workflow);
    } catch (WorkflowNotFoundException notRunning) {
      throw new CommandRefused(HttpStatus.CONFLICT, "The case of invoice " + invoiceNumber + " is not running");
    } catch (WorkflowUpdateException refused) {
      throw refusal(refused);
    }
  }

  private static CommandRefused refusal(WorkflowUpdateException refused) {
    if (refused.getCause() instanceof ApplicationFailure failure) {
      HttpStatus status =
          IllegalArgumentException.class.getName().equals(failure.getType())
              ? HttpStatus.UNPROCESSABLE_CONTENT
              : HttpStatus.CONFLICT;
      return new CommandRefused(status, failure.getOriginalMessage());
    }
    return new CommandRefused(HttpStatus.CONFLICT, "The case did not take the command: " + refused.getMessage());
  }
}
