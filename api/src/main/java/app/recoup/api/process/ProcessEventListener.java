package app.recoup.api.process;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what customers did (replied, promised in the portal, disputed in the portal) into the
 * case's signals and updates once the ledger has committed it. A case that is not running, or
 * refuses (a second promise for a disputed case), is logged: the ledger keeps the record either way.
 */
@Component
class ProcessEventListener {

  private static final Logger log = LoggerFactory.getLogger(ProcessEventListener.class);
  static final String CUSTOMER = "customer";
  /** Disputes from the portal are known to the case by this prefix and their ledger id. */
  static final String PORTAL_DISPUTE = "portal-";

  private final WorkflowClient client;
  private final CollectionCases cases;
  private final InvoiceRepository invoices;

  ProcessEventListener(WorkflowClient client, CollectionCases cases, InvoiceRepository invoices) {
    this.client = client;
    this.cases = cases;
    this.invoices = invoices;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ReplyReceived reply) {
    cases.findById(reply.caseId())
        .ifPresent(
            replied ->
                tell(replied.workflowId(),
                    workflow -> workflow.replyReceived(new Reply(reply.channel().name(), reply.excerpt()))));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(PromiseToPayMade promise) {
    invoices.findById(promise.invoiceId())
        .ifPresent(invoice -> tell(workflowId(invoice),
            workflow -> workflow.promise(new Promise(CUSTOMER, promise.promisedDate(), promise.amount()))));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(DisputeOpened dispute) {
    invoices.findById(dispute.invoiceId())
        .ifPresent(invoice -> tell(workflowId(invoice),
            workflow -> workflow.openDispute(new DisputeNotice(
                PORTAL_DISPUTE + dispute.disputeId(), CUSTOMER, dispute.reason().getLabel(), dispute.message()))));
  }

  private static String workflowId(Invoice invoice) {
    return CollectionWorkflow.workflowId(invoice.getNumber());
  }

  private void tell(String workflowId, Consumer<CollectionWorkflow> event) {
    try {
      event.accept(client.newWorkflowStub(CollectionWorkflow.class, workflowId));
    } catch (WorkflowException notTaken) {
      log.info("Case {} did not take a customer event: {}", workflowId, notTaken.getMessage());
    }
  }
}
