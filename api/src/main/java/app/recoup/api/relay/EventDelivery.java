package app.recoup.api.relay;

import app.recoup.api.cases.CaseOpener;
import app.recoup.api.cases.PolicyBook;
import app.recoup.api.payments.NotificationProcessor;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.relay.WorkflowEvent;
import app.recoup.ledger.relay.WorkflowEventKind;
import app.recoup.ledger.relay.WorkflowEvents.Outcome;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.ManualStepDone;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.RelayedEvent;
import app.recoup.workflows.events.Reply;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers workflow events to Temporal, in order. A changed invoice goes through the case opener
 * (its case opens, learns the balance and due date, or closes: the ledger's state now, so a repeat
 * is harmless); the other facts are signalled to the case's workflow under their event id, which
 * the workflow takes once. A stored payment notification is applied by cash application in a
 * transaction of its own, so one that fails rolls back alone, and the rows it locks (the
 * notification, whose redeliveries count on it, and the invoices) are held for one payment, not for
 * the whole pass; applying it twice finds it no longer pending and changes nothing. An event that
 * fails waits for a retry with back-off, and the later events of its invoice wait behind it.
 */
@Component
class EventDelivery {

  private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);
  static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  private final WorkflowClient client;
  private final CaseOpener opener;
  private final CollectionCases cases;
  private final InvoiceRepository invoices;
  private final PolicyBook book;
  private final JsonMapper json;
  private final NotificationProcessor payments;
  private final TransactionTemplate alone;

  EventDelivery(
      WorkflowClient client,
      CaseOpener opener,
      CollectionCases cases,
      InvoiceRepository invoices,
      PolicyBook book,
      JsonMapper json,
      NotificationProcessor payments,
      PlatformTransactionManager transactions) {
    this.client = client;
    this.opener = opener;
    this.cases = cases;
    this.invoices = invoices;
    this.book = book;
    this.json = json;
    this.payments = payments;
    this.alone = new TransactionTemplate(transactions);
    alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs inside the relay's transaction: what it writes commits with the events' marks. */
  List<Outcome> deliver(List<WorkflowEvent> events, Instant now) {
    List<Outcome> outcomes = new ArrayList<>();
    Set<Long> waiting = new HashSet<>();
    int next = 0;
    while (next < events.size()) {
      if (events.get(next).kind() == WorkflowEventKind.INVOICE_CHANGED) {
        int end = next;
        while (end < events.size() && events.get(end).kind() == WorkflowEventKind.INVOICE_CHANGED) {
          end++;
        }
        syncInvoices(events.subList(next, end), waiting, now, outcomes);
        next = end;
      } else if (events.get(next).kind() == WorkflowEventKind.PAYMENT_NOTIFICATION) {
        outcomes.add(applyPayment(events.get(next++), now));
      } else {
        WorkflowEvent event = events.get(next++);
        if (waiting.contains(event.invoiceId())) {
          outcomes.add(
              Outcome.retry(
                  event.id(), retryAt(event, now), "waits for an earlier event of its invoice"));
        } else {
          Outcome outcome = signal(event, now);
          if (outcome.retryAt() != null) {
            waiting.add(event.invoiceId());
          }
          outcomes.add(outcome);
        }
      }
    }
    return outcomes;
  }

  private void syncInvoices(
      List<WorkflowEvent> changes, Set<Long> waiting, Instant now, List<Outcome> outcomes) {
    List<WorkflowEvent> ready =
        changes.stream().filter(change -> !waiting.contains(change.invoiceId())).toList();
    try {
      opener.sync(ready.stream().map(WorkflowEvent::invoiceId).distinct().toList());
      ready.forEach(change -> outcomes.add(Outcome.delivered(change.id(), "synced")));
    } catch (RuntimeException failed) {
      log.warn(
          "Could not sync {} changed invoice(s), will retry: {}", ready.size(), failed.toString());
      ready.forEach(
          change -> {
            waiting.add(change.invoiceId());
            outcomes.add(Outcome.retry(change.id(), retryAt(change, now), failed.toString()));
          });
    }
    changes.stream()
        .filter(change -> !ready.contains(change))
        .forEach(
            change ->
                outcomes.add(
                    Outcome.retry(
                        change.id(),
                        retryAt(change, now),
                        "waits for an earlier event of its invoice")));
  }

  private Outcome signal(WorkflowEvent event, Instant now) {
    String workflowId =
        CollectionWorkflow.workflowId(
            invoices.findById(event.invoiceId()).orElseThrow().getNumber());
    try {
      client.newWorkflowStub(CollectionWorkflow.class, workflowId).relayed(relayed(event));
      if (event.kind() == WorkflowEventKind.POLICY_CHANGED) {
        cases
            .findByInvoiceId(event.invoiceId())
            .ifPresent(taken -> cases.policyAdopted(taken.id()));
      }
      return Outcome.delivered(event.id(), "signalled");
    } catch (RuntimeException notTaken) {
      if (cases.findByInvoiceId(event.invoiceId()).filter(found -> !found.isClosed()).isEmpty()) {
        return Outcome.delivered(event.id(), "no open case");
      }
      // an open case's lost workflow is started again by the reconciler: the event waits for it
      log.info(
          "Workflow event {} not taken by {}, will retry: {}",
          event.id(),
          workflowId,
          notTaken.toString());
      return Outcome.retry(event.id(), retryAt(event, now), notTaken.toString());
    }
  }

  private Outcome applyPayment(WorkflowEvent event, Instant now) {
    long notification = Long.parseLong(event.payload());
    try {
      var applied = alone.execute(status -> payments.process(notification));
      if (applied.isEmpty() && payments.stillPending(notification)) {
        return Outcome.retry(
            event.id(), retryAt(event, now), "held by another transaction, not applied yet");
      }
      return Outcome.delivered(
          event.id(), applied.map(done -> "applied: " + done.status()).orElse("applied already"));
    } catch (RuntimeException failed) {
      log.warn(
          "Payment notification {} not applied, will retry: {}", notification, failed.toString());
      return Outcome.retry(event.id(), retryAt(event, now), failed.toString());
    }
  }

  private RelayedEvent relayed(WorkflowEvent event) {
    String id = Long.toString(event.id());
    return switch (event.kind()) {
      case REPLY -> RelayedEvent.reply(id, json.readValue(event.payload(), Reply.class));
      case PROMISE -> RelayedEvent.promise(id, json.readValue(event.payload(), Promise.class));
      case DISPUTE ->
          RelayedEvent.dispute(id, json.readValue(event.payload(), DisputeNotice.class));
      case POLICY_CHANGED -> RelayedEvent.policy(id, book.cadence(book.policy(event.payload())));
      case MANUAL_STEP_DONE ->
          RelayedEvent.manualStepDone(id, json.readValue(event.payload(), ManualStepDone.class));
      case INVOICE_CHANGED, PAYMENT_NOTIFICATION ->
          throw new IllegalArgumentException(event.kind() + " is not signalled to a case");
    };
  }

  /** Doubling from a second after each failed attempt, at most five minutes apart. */
  static Instant retryAt(WorkflowEvent event, Instant now) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(event.attempts(), 20));
    return now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
  }
}
