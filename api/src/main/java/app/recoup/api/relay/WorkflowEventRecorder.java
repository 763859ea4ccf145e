package app.recoup.api.relay;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import app.recoup.ledger.relay.WorkflowEventKind;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.ManualStepDone;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what the ledger announces for the workflows (replies, portal promises and disputes,
 * changed invoices, changed policies), and verified payment notifications to apply, as workflow
 * events, synchronously and so inside the transaction that recorded the fact: both commit or
 * neither does. Once it commits the relay is woken, so a case learns the fact at once, and a relay
 * that was down finds it later.
 */
@Component
public class WorkflowEventRecorder {

  static final String CUSTOMER = "customer";

  /** Disputes from the portal are known to the case by this prefix and their ledger id. */
  public static final String PORTAL_DISPUTE = "portal-";

  private final WorkflowEvents events;
  private final CollectionCases cases;
  private final WorkflowEventRelay relay;
  private final JsonMapper json;
  private final Clock clock;

  WorkflowEventRecorder(
      WorkflowEvents events,
      CollectionCases cases,
      WorkflowEventRelay relay,
      JsonMapper json,
      Clock clock) {
    this.events = events;
    this.cases = cases;
    this.relay = relay;
    this.json = json;
    this.clock = clock;
  }

  @EventListener
  void on(ReplyReceived reply) {
    cases
        .findById(reply.caseId())
        .ifPresent(
            replied ->
                record(
                    List.of(replied.invoiceId()),
                    WorkflowEventKind.REPLY,
                    json.writeValueAsString(new Reply(reply.channel(), reply.excerpt()))));
  }

  @EventListener
  void on(PromiseToPayMade promise) {
    record(
        List.of(promise.invoiceId()),
        WorkflowEventKind.PROMISE,
        json.writeValueAsString(new Promise(CUSTOMER, promise.promisedDate(), promise.amount())));
  }

  @EventListener
  void on(DisputeOpened dispute) {
    record(
        List.of(dispute.invoiceId()),
        WorkflowEventKind.DISPUTE,
        json.writeValueAsString(
            new DisputeNotice(
                PORTAL_DISPUTE + dispute.disputeId(),
                CUSTOMER,
                dispute.reason().getLabel(),
                dispute.message())));
  }

  @EventListener
  void on(InvoicesChanged changed) {
    record(changed.invoiceIds(), WorkflowEventKind.INVOICE_CHANGED, null);
  }

  /**
   * The running cases of these invoices adopt the named policy as it is stored when they learn it.
   */
  public void policyChanged(Collection<Long> invoiceIds, String policy) {
    record(invoiceIds, WorkflowEventKind.POLICY_CHANGED, policy);
  }

  /** A person completed the task of a manual step: the relay tells the invoice's case. */
  public void manualStepDone(long invoiceId, ManualStepDone done) {
    record(List.of(invoiceId), WorkflowEventKind.MANUAL_STEP_DONE, json.writeValueAsString(done));
  }

  /** A verified payment notification was stored: the relay applies it. */
  public void paymentNotificationStored(long notificationId) {
    events.recordWithoutInvoice(
        WorkflowEventKind.PAYMENT_NOTIFICATION, Long.toString(notificationId), clock.instant());
    nudgeOnceCommitted();
  }

  private void record(Collection<Long> invoiceIds, WorkflowEventKind kind, String payload) {
    events.recordEach(invoiceIds, kind, payload, clock.instant());
    nudgeOnceCommitted();
  }

  private void nudgeOnceCommitted() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              relay.nudge();
            }
          });
    } else {
      relay.nudge();
    }
  }
}
