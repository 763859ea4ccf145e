package app.recoup.activities.cases;

import app.recoup.activities.courtesy.ThankYous;
import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.relay.WorkflowEventKind;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.touches.TouchDays;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.collection.CaseNote;
import app.recoup.workflows.collection.CaseProgress;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.HumanTaskRequest;
import app.recoup.workflows.collection.PlannedTouch;
import app.recoup.workflows.collection.Reopening;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case's ledger writes. Each runs in one transaction and is keyed so that a retry (or a case
 * resumed after a restart) writes nothing twice. Transactions are programmatic so the bean Temporal
 * registers is the plain class, not a proxy.
 */
@Component
@ActivityImpl(taskQueues = CollectionWorkflow.TASK_QUEUE)
class CaseLedgerActivities implements CaseActivities {

  static final String ACTOR = "recoup";

  private final CollectionCases cases;
  private final InvoiceRepository invoices;
  private final Touches touches;
  private final TouchDays touchDays;
  private final Timeline timeline;
  private final HumanTasks tasks;
  private final WorkflowEvents workflowEvents;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ThankYous thankYous;

  CaseLedgerActivities(
      CollectionCases cases,
      InvoiceRepository invoices,
      Touches touches,
      TouchDays touchDays,
      Timeline timeline,
      HumanTasks tasks,
      WorkflowEvents workflowEvents,
      TransactionTemplate transaction,
      Clock clock,
      MeterRegistry meters,
      ThankYous thankYous) {
    this.cases = cases;
    this.invoices = invoices;
    this.touches = touches;
    this.touchDays = touchDays;
    this.timeline = timeline;
    this.tasks = tasks;
    this.workflowEvents = workflowEvents;
    this.transaction = transaction;
    this.clock = clock;
    this.meters = meters;
    this.thankYous = thankYous;
  }

  @Override
  public void recordPlannedTouch(PlannedTouch touch) {
    Optional<Channel> planned =
        transaction.execute(
            status -> {
              Optional<Channel> channel =
                  touches.plan(
                      touch.caseId(), touch.step(), touch.plannedAt(), touch.idempotencyKey());
              if (channel.isPresent()) {
                String details =
                    "Reminder %d (due date %+d days) planned for %s"
                        .formatted(touch.step(), touch.offsetDays(), touch.plannedAt());
                timeline.append(
                    touch.caseId(),
                    clock.instant(),
                    ACTOR,
                    TimelineEventType.TOUCH_PLANNED,
                    details,
                    touch.idempotencyKey());
              }
              return channel;
            });
    // counted once the plan is committed: a retried activity finds the key and plans nothing
    planned.ifPresent(
        channel ->
            meters
                .counter("recoup.touches.planned", "channel", channel.name().toLowerCase())
                .increment());
  }

  @Override
  public void updateProgress(CaseProgress progress) {
    cases.recordProgress(progress.caseId(), progress.currentStep(), progress.nextTouchAt());
  }

  /**
   * Closes the case; one closed as paid then thanks the customer, keyed by this close so a retry
   * (of the close or of the thank-you's delivery) thanks once.
   */
  @Override
  public void closeCase(CaseClosure closure) {
    String closedKey =
        transaction.execute(
            status -> {
              if (closure.reason() == CloseReason.WRITTEN_OFF) {
                invoices.writeOffForCase(closure.caseId());
              }
              if (closure.reason() == CloseReason.PAID
                  || closure.reason() == CloseReason.CREDITED) {
                reviewOwedAgain(closure.caseId());
              }
              String key = closedKey(closure.caseId());
              if (cases.close(closure.caseId(), closure.reason())) {
                timeline.append(
                    closure.caseId(),
                    clock.instant(),
                    ACTOR,
                    TimelineEventType.CASE_CLOSED,
                    "Closed: " + closure.reason().name(),
                    key);
              }
              return key;
            });
    if (closure.reason() == CloseReason.PAID) {
      thankYous.thankForPayment(closure.caseId(), closedKey + "/thank-you");
    }
  }

  /** A case reopened because its invoice was owed again closes again in a run of its own. */
  private String closedKey(long caseId) {
    int reopenings = cases.findById(caseId).map(CollectionCase::reopenings).orElse(0);
    String first = "case-" + caseId + "/closed";
    return reopenings == 0 ? first : first + "/reopened-" + reopenings;
  }

  /**
   * A refund can land between the workflow deciding "paid" and this close: the invoice, taken
   * before its case as every writer does, then shows money owed again, and an invoice change
   * recorded with the close makes the relay reopen the case once its run has ended.
   */
  private void reviewOwedAgain(long caseId) {
    cases
        .findById(caseId)
        .flatMap(closing -> invoices.lockById(closing.invoiceId()))
        .filter(invoice -> invoice.isOpen() && invoice.getBalance().signum() > 0)
        .ifPresent(
            owed ->
                workflowEvents.record(
                    owed.getId(), WorkflowEventKind.INVOICE_CHANGED, null, clock.instant()));
  }

  @Override
  public boolean reopenCase(long caseId, Reopening reopening) {
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              if (!cases.reopen(caseId, reopening.number())) {
                return false;
              }
              String dedup = "case-" + caseId + "/reopened-" + reopening.number();
              boolean first =
                  timeline.append(
                      caseId,
                      clock.instant(),
                      ACTOR,
                      TimelineEventType.CASE_REOPENED,
                      reopening.reason(),
                      dedup);
              if (first) {
                touches.withdrawUnsettled(caseId);
                touchDays.releaseUnsent(caseId);
              }
              HumanTaskRequest task = HumanTaskRequest.owedAgain(caseId, reopening.reason());
              if (first && tasks.openOnce(caseId, task.kind(), task.title())) {
                timeline.append(
                    caseId,
                    clock.instant(),
                    ACTOR,
                    TimelineEventType.TASK_OPENED,
                    task.title(),
                    null);
              }
              return true;
            }));
  }

  @Override
  public void openHumanTask(HumanTaskRequest request) {
    transaction.executeWithoutResult(
        status -> {
          if (tasks.openOnce(request.caseId(), request.kind(), request.title())) {
            timeline.append(
                request.caseId(),
                clock.instant(),
                ACTOR,
                TimelineEventType.TASK_OPENED,
                request.title(),
                null);
          }
        });
  }

  @Override
  public void note(CaseNote note) {
    transaction.executeWithoutResult(
        status -> {
          boolean appended =
              timeline.append(
                  note.caseId(),
                  clock.instant(),
                  note.actor(),
                  note.type(),
                  note.details(),
                  note.dedupKey());
          if (appended && note.caseStatus() == CaseStatus.PAUSED) {
            cases.pause(note.caseId(), note.details());
          } else if (appended && note.caseStatus() == CaseStatus.OPEN) {
            cases.resume(note.caseId());
          }
          if (appended && note.completesTask() != null) {
            tasks.completeOpen(note.caseId(), note.completesTask(), note.actor());
          }
        });
  }
}
