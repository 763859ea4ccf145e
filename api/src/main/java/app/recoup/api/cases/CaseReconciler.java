package app.recoup.api.cases;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.disputes.Disputes;
import app.recoup.ledger.plans.PaymentPlans;
import app.recoup.ledger.plans.StoredPlan;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.collection.Continuation;
import app.recoup.workflows.collection.Reopening;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanStatus;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The local Temporal lives in memory and forgets every workflow on restart; PostgreSQL does not. On
 * start, every case the books show open but no workflow runs for is resumed, in the policy
 * generation the books counted for it (so its touch keys are the ones it used), after the step it
 * recorded last (or at it, when that step's touch still waits to be approved or sent: the resumed
 * case finds the stored draft and waits for the person again), so nothing sent is sent again (and
 * the touches' idempotency keys make a repeat harmless even if a step's progress update was lost).
 * A case the books show paused is held again: a customer's dispute still open in the portal is
 * raised again, so it is resolved as before; any other hold comes back as a pause with the reason
 * the books show, until a person resumes it (a snooze or promise forgets its end date); a workflow
 * that does not take the hold within {@code recoup.process.answer-within} leaves a task to review
 * the hold instead of holding up the start. Against a real cluster everything is running and this
 * does nothing. A workflow that failed or was terminated is restarted too; one that completed (its
 * cadence ran out and a person decides) is left alone. Each resumption is written on the case's
 * timeline, so the history page starting afresh is explained where the case's whole story is kept.
 * Facts recorded for a resumed case while its workflow was gone are relayed to it next ({@link
 * CasesResumed}). The resumption runs in the background, a page of cases at a time, each page's
 * cases concurrently ({@link CaseCalls}): pages, webhooks and the relay answer meanwhile, and
 * {@link ResumptionProgress} says how far it got.
 */
@Component
class CaseReconciler implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CaseReconciler.class);
  private static final int PAGE_SIZE = 500;

  private final CollectionCases cases;
  private final Debts debts;
  private final CollectionWorkflows workflows;
  private final CaseActivities caseLedger;
  private final Touches touches;
  private final Disputes disputes;
  private final HumanTasks tasks;
  private final PaymentPlans plans;
  private final ApplicationEventPublisher events;
  private final Timeline timeline;
  private final Clock clock;
  private final CaseCalls calls;
  private final ResumptionProgress progress;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "case-resumption");
            thread.setDaemon(true);
            return thread;
          });

  CaseReconciler(
      CollectionCases cases,
      Debts debts,
      CollectionWorkflows workflows,
      CaseActivities caseLedger,
      Touches touches,
      Disputes disputes,
      HumanTasks tasks,
      PaymentPlans plans,
      ApplicationEventPublisher events,
      Timeline timeline,
      Clock clock,
      CaseCalls calls,
      ResumptionProgress progress) {
    this.plans = plans;
    this.calls = calls;
    this.progress = progress;
    this.timeline = timeline;
    this.clock = clock;
    this.touches = touches;
    this.disputes = disputes;
    this.tasks = tasks;
    this.events = events;
    this.cases = cases;
    this.debts = debts;
    this.workflows = workflows;
    this.caseLedger = caseLedger;
  }

  /** Counts the cases to check at once, so health and pages say "resuming" from the start. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeLostCasesInTheBackground() {
    progress.begin(cases.countNotClosed());
    background.execute(this::resumeLostCases);
  }

  void resumeLostCases() {
    int resumed = 0;
    Queue<CollectionCase> failed = new ConcurrentLinkedQueue<>();
    try {
      List<CollectionCase> page = cases.findNotClosedAfter(0, PAGE_SIZE);
      while (!page.isEmpty()) {
        Map<Long, Debt> debtsByInvoice =
            debts.byInvoiceId(page.stream().map(CollectionCase::invoiceId).toList());
        List<Boolean> taken =
            calls.each(
                page.stream()
                    .map(
                        openCase ->
                            (Callable<Boolean>)
                                () ->
                                    resumeIfLost(
                                        openCase, debtsByInvoice.get(openCase.invoiceId()), failed))
                    .toList());
        List<Long> resumedInvoices = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
          if (taken.get(i)) {
            resumedInvoices.add(page.get(i).invoiceId());
          }
        }
        resumed += resumedInvoices.size();
        events.publishEvent(new CasesResumed(resumedInvoices));
        progress.checked(page.size());
        page = cases.findNotClosedAfter(page.get(page.size() - 1).id(), PAGE_SIZE);
      }
      resumed += retryOneByOne(failed);
    } catch (RuntimeException stopped) {
      log.error(
          "Resuming collection cases stopped; the rest are resumed at the next start", stopped);
    } finally {
      progress.finish();
    }
    log.info("Resumed {} collection case(s) whose workflow was not running", resumed);
  }

  /**
   * One case that fails to resume (the engine or the database busy, its ledger row odd) does not
   * stop the others: it is tried again once the pass is over.
   */
  private boolean resumeIfLost(CollectionCase openCase, Debt debt, Queue<CollectionCase> failed) {
    try {
      return !workflows.isRunning(openCase.workflowId()) && resume(openCase, debt);
    } catch (RuntimeException notResumed) {
      log.info(
          "Case {} not resumed yet, tried again later: {}", openCase.id(), notResumed.toString());
      failed.add(openCase);
      return false;
    }
  }

  /**
   * The cases that failed in the concurrent pass, one at a time; one failing again is counted and
   * left for the next start.
   */
  private int retryOneByOne(Queue<CollectionCase> failed) {
    List<Long> resumedInvoices = new ArrayList<>();
    for (CollectionCase openCase : failed) {
      Debt debt = debts.byInvoiceId(List.of(openCase.invoiceId())).get(openCase.invoiceId());
      try {
        if (!workflows.isRunning(openCase.workflowId()) && resume(openCase, debt)) {
          resumedInvoices.add(openCase.invoiceId());
        }
      } catch (RuntimeException notResumed) {
        progress.failedOne();
        log.warn("Case {} could not be resumed: {}", openCase.id(), notResumed.toString());
      }
    }
    events.publishEvent(new CasesResumed(resumedInvoices));
    return resumedInvoices.size();
  }

  private boolean resume(CollectionCase lostCase, Debt debt) {
    if (debt.owed().signum() <= 0) {
      caseLedger.closeCase(new CaseClosure(lostCase.id(), debt.settledAs()));
      return false;
    }
    int lastDone = touches.lastDoneStep(lostCase.id(), lostCase.currentStep());
    boolean started =
        workflows.start(
            debt.snapshot(
                lostCase.id(),
                lastDone,
                runningPlan(lostCase)
                    .map(Continuation.resumedIn(lostCase.policyGeneration())::withPlan)
                    .orElse(Continuation.resumedIn(lostCase.policyGeneration())),
                reopenedAlready(lostCase)),
            WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY);
    if (!started) {
      return false;
    }
    timeline.append(
        lostCase.id(),
        clock.instant(),
        "recoup",
        TimelineEventType.RESUMED_AFTER_RESTART,
        "Resumed after restart at step "
            + (lastDone + 1)
            + " (the workflow history starts again here)",
        null);
    if (lostCase.status() == CaseStatus.PAUSED) {
      restoreHold(lostCase);
    }
    return true;
  }

  /**
   * The plan the case ran before the restart: the case starts in it, so no cadence touch goes out
   * first; the plan's own keys keep its notes and touches from repeating.
   */
  private Optional<PaymentPlan> runningPlan(CollectionCase lostCase) {
    return plans.forCase(lostCase.id()).stream()
        .filter(plan -> plan.status() == PlanStatus.ACTIVE)
        .findFirst()
        .map(StoredPlan::restored);
  }

  /**
   * A case reopened before the restart keeps its reopened run's touch keys; its ledger case is open
   * already, so the resumed run's reopening changes nothing and notes nothing again.
   */
  private static Reopening reopenedAlready(CollectionCase lostCase) {
    return lostCase.reopenings() == 0
        ? null
        : new Reopening(lostCase.reopenings(), "resumed after restart");
  }

  private void restoreHold(CollectionCase held) {
    disputes
        .openOn(held.invoiceId())
        .ifPresentOrElse(
            events::publishEvent,
            () -> {
              if (!workflows.restoreHold(held.workflowId(), held.pauseReason())) {
                // the ledger still says PAUSED, so nothing is sent for it; a person decides the
                // hold
                log.warn(
                    "Case {} was on hold before the restart; its workflow did not take the hold again",
                    held.id());
                tasks.openOnce(
                    held.id(),
                    TaskKind.REVIEW_HOLD,
                    "On hold before a restart"
                        + (held.pauseReason() == null ? "" : " (" + held.pauseReason() + ")")
                        + ", but its workflow did not take the hold again within "
                        + workflows.answerWithin()
                        + ": pause the case again, or resume it");
              }
            });
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }
}
