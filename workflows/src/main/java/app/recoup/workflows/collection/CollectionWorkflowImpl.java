package app.recoup.workflows.collection;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.correspondence.TouchOutcome;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.RelayedEvent;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Retry;
import app.recoup.workflows.events.Snooze;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanCancel;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.Optional;

/**
 * The collection process: sleep until each touch of the cadence, record it, draft it, wait for a
 * person to approve it (or auto-send where allowed), send it, and stop when nothing is owed; after
 * the last step a person decides. Changes that alter the commands it issues are listed in {@link
 * Versions}.
 *
 * <p>Holds (a reply, a pause, a snooze, a promise, a dispute) stop the cadence where it stands: a
 * draft waiting for approval is withdrawn, and when the hold ends the cadence continues from its
 * current step, catching up on what fell due meanwhile with one touch, not all of them. They only
 * add commands when their signals and updates arrive, so histories without them replay unchanged.
 */
public class CollectionWorkflowImpl implements CollectionWorkflow {

  private final RunState state;
  private final ApprovalWait approvals;
  private final CadenceTouches touches;
  private final HoldWait holds;
  private final Escalation escalation;
  private final HoldEvents holdEvents;
  private final DisputeEvents disputes;
  private final InvoiceEvents invoice;
  private final PolicyChange policy;
  private final RelayedEvents relayed;
  private final FailureWait failures;
  private final CaseLedger ledger;
  private final PlanEvents planEvents;
  private final PlanPhase plans;
  private final CombinedTouches combined;

  /** The recorded touch whose drafting or sending failed: run again when a person retries. */
  private DueTouch failedTouch;

  @WorkflowInit
  public CollectionWorkflowImpl(CaseSnapshot snapshot) {
    state = CarryOver.resume(snapshot);
    ledger = new CaseLedger(snapshot.caseId());
    approvals = new ApprovalWait(state, ledger);
    combined = new CombinedTouches(state, ledger);
    TouchSending sending = new TouchSending(state, ledger, approvals, combined);
    ManualSteps manualSteps = new ManualSteps(state, ledger);
    touches = new CadenceTouches(state, ledger, sending, manualSteps, combined);
    holds = new HoldWait(state, ledger, new PromiseBrokenTouch(state, ledger, sending));
    escalation = new Escalation(state, ledger, holds);
    holdEvents = new HoldEvents(state);
    disputes = new DisputeEvents(state);
    invoice = new InvoiceEvents(state);
    policy = new PolicyChange(state);
    relayed = new RelayedEvents(state, holdEvents, disputes, policy, manualSteps);
    failures = new FailureWait(state, ledger);
    planEvents = new PlanEvents(state);
    plans = new PlanPhase(state, ledger, sending);
  }

  /**
   * Runs the cadence, then escalation. An activity that gives up stops the case where it stands
   * until a person retries (the step runs again: its activities are idempotent per key) or closes
   * it.
   */
  @Override
  public void run(CaseSnapshot snapshot) {
    reopenIfAsked(snapshot);
    boolean approvalFirst = Versions.adopted(Versions.APPROVAL_FIRST);
    while (true) {
      try {
        runCadence(approvalFirst);
        escalation.afterCadence();
        if (state.plan == null || state.closed) {
          return;
        }
        // a plan agreed after the cadence ran out runs now
      } catch (ActivityFailure failed) {
        if (!Versions.adopted(Versions.FAILURE_WAITS_FOR_PERSON)) {
          throw failed;
        }
        failures.waitForPerson(failed);
      }
    }
  }

  private void runCadence(boolean approvalFirst) {
    if (failedTouch != null && !state.closed && state.hold == null) {
      runTouch(failedTouch);
    }
    failedTouch = null;
    while (!state.closed && !state.handledManually) {
      if (state.plan != null) {
        plans.run();
        continue;
      }
      if (state.hold != null) {
        holds.waitOut();
        continue;
      }
      if (CarryOver.due(state)) {
        CarryOver.continueAsNew(state);
      }
      Optional<DueTouch> next = touches.next();
      if (next.isEmpty()) {
        break;
      }
      if (touches.waitUntilDue(next.get())
          && (!approvalFirst || touches.waitForFreeDay(next.get()))) {
        touches.record(next.get());
        if (approvalFirst) {
          runTouch(next.get());
        }
      }
    }
  }

  /** A recorded touch counts as done; if drafting or sending it fails, it is run again on retry. */
  private void runTouch(DueTouch due) {
    failedTouch = due;
    touches.run(due);
    failedTouch = null;
  }

  /**
   * A reopened case's first run reopens it in the ledger; owed nothing by then, it ends at once.
   */
  private void reopenIfAsked(CaseSnapshot snapshot) {
    if (snapshot.reopening() == null
        || !Workflow.getInfo().getContinuedExecutionRunId().isEmpty()
        || !Versions.adopted(Versions.REOPENED_CASE)) {
      return;
    }
    if (!ledger.cases.reopenCase(snapshot.caseId(), snapshot.reopening())) {
      state.closed = true;
    }
  }

  @Override
  public CaseState state() {
    return new CaseState(
        state.closed ? CaseStage.CLOSED : state.phase,
        state.currentStep(),
        state.nextTouchAt,
        state.balance,
        approvals.pending(),
        state.hold,
        state.openDispute,
        escalation.awaitsDecision(),
        state.plan);
  }

  @Override
  public void invoiceChanged(InvoiceChange change) {
    invoice.invoiceChanged(change);
  }

  @Override
  public void policyChanged(Cadence changed) {
    policy.adopt(changed);
  }

  @Override
  public void touchSettled(TouchOutcome outcome) {
    combined.settled(outcome);
  }

  @Override
  public void relayed(RelayedEvent event) {
    relayed.take(event);
  }

  @Override
  public void approve(Approval approval) {
    approvals.approve(approval);
  }

  @Override
  public void validateApprove(Approval approval) {
    approvals.validateApprove(approval);
  }

  @Override
  public void skip(Skip skip) {
    approvals.skip(skip);
  }

  @Override
  public void validateSkip(Skip skip) {
    approvals.validateSkip(skip);
  }

  @Override
  public void replyReceived(Reply reply) {
    holdEvents.replyReceived(reply);
  }

  @Override
  public void pause(Pause pause) {
    holdEvents.pause(pause);
  }

  @Override
  public void validatePause(Pause pause) {
    holdEvents.validatePause(pause);
  }

  @Override
  public void resume(Resume resume) {
    holdEvents.resume(resume);
  }

  @Override
  public void validateResume(Resume resume) {
    holdEvents.validateResume(resume);
  }

  @Override
  public void snooze(Snooze snooze) {
    holdEvents.snooze(snooze);
  }

  @Override
  public void validateSnooze(Snooze snooze) {
    holdEvents.validateSnooze(snooze);
  }

  @Override
  public void promise(Promise promise) {
    holdEvents.promise(promise);
  }

  @Override
  public void validatePromise(Promise promise) {
    holdEvents.validatePromise(promise);
  }

  @Override
  public void openDispute(DisputeNotice dispute) {
    disputes.open(dispute);
  }

  @Override
  public void validateOpenDispute(DisputeNotice dispute) {
    disputes.validateOpen(dispute);
  }

  @Override
  public void resolveDispute(DisputeResolution resolution) {
    disputes.resolve(resolution);
  }

  @Override
  public void validateResolveDispute(DisputeResolution resolution) {
    disputes.validateResolve(resolution);
  }

  @Override
  public void writeOff(Closing closing) {
    invoice.writeOff(closing);
  }

  @Override
  public void validateWriteOff(Closing closing) {
    invoice.validateClosing(closing);
  }

  @Override
  public void cancel(Closing closing) {
    invoice.cancel(closing);
  }

  @Override
  public void validateCancel(Closing closing) {
    invoice.validateClosing(closing);
  }

  @Override
  public void retryFailedStep(Retry retry) {
    failures.retry();
  }

  @Override
  public void validateRetryFailedStep(Retry retry) {
    failures.validateRetry(retry.by());
  }

  @Override
  public void decideNextStep(NextStep decision) {
    escalation.decide(decision);
  }

  @Override
  public void validateDecideNextStep(NextStep decision) {
    escalation.validateDecision(decision);
  }

  @Override
  public void agreePlan(PaymentPlan plan) {
    planEvents.agree(plan);
  }

  @Override
  public void validateAgreePlan(PaymentPlan plan) {
    planEvents.validateAgree(plan);
  }

  @Override
  public void cancelPlan(PlanCancel cancel) {
    planEvents.cancel(cancel);
  }

  @Override
  public void validateCancelPlan(PlanCancel cancel) {
    planEvents.validateCancel(cancel);
  }
}
