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
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One collection case: runs one overdue invoice through its cadence of reminders. */
@WorkflowInterface
public interface CollectionWorkflow {

  String TASK_QUEUE = "collections";

  /**
   * Where touches are sent (email, SMS), apart from the ledger's activities and the workflow tasks:
   * a slow mail server or SMS provider fills only this queue's slots, and it can be rate-limited on
   * its own.
   */
  String SENDING_TASK_QUEUE = "collections-sending";

  static String workflowId(String invoiceNumber) {
    return "invoice-" + invoiceNumber;
  }

  @WorkflowMethod
  void run(CaseSnapshot snapshot);

  /** The invoice's balance or due date changed: the schedule is recomputed, nothing owed closes. */
  @SignalMethod
  void invoiceChanged(InvoiceChange change);

  /** Approves the draft awaiting approval, as drafted or edited; it is then sent once. */
  @UpdateMethod
  void approve(Approval approval);

  /**
   * Refuses an approval that does not match the draft waiting now: {@link IllegalStateException}
   * when it is stale or a repeat, {@link IllegalArgumentException} when it is malformed.
   */
  @UpdateValidatorMethod(updateName = "approve")
  void validateApprove(Approval approval);

  /** Skips the draft awaiting approval: nothing is sent for that step. */
  @UpdateMethod
  void skip(Skip skip);

  /** As {@link #validateApprove}. */
  @UpdateValidatorMethod(updateName = "skip")
  void validateSkip(Skip skip);

  /**
   * The case's policy changed: the case adopts the new cadence from where it stands. Its position
   * is kept in days, not step numbers: the steps of the new cadence up to the offset of the last
   * step done count as done, the next touch is the first step after it (a step already due is
   * caught up once, as at a late start). Touches of the new cadence get keys of their own.
   */
  @SignalMethod
  void policyChanged(Cadence cadence);

  /**
   * A fact the ledger recorded for this case, from its outbox (a reply, a promise or a dispute made
   * in the portal, a policy change): taken once per event id, however often it is relayed.
   */
  @SignalMethod
  void relayed(RelayedEvent event);

  /** The customer answered: the case pauses at once (nothing more when it is on hold already). */
  @SignalMethod
  void replyReceived(Reply reply);

  /*
   * The updates below answer the caller: their validators refuse with IllegalStateException when
   * the case is not in a state to take them (409) and IllegalArgumentException when the command is
   * malformed (422). A refused update changes nothing.
   */

  @UpdateMethod
  void pause(Pause pause);

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause(Pause pause);

  /** Ends a pause, a reply hold, a snooze or a promise early; a dispute needs resolving instead. */
  @UpdateMethod
  void resume(Resume resume);

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume(Resume resume);

  @UpdateMethod
  void snooze(Snooze snooze);

  @UpdateValidatorMethod(updateName = "snooze")
  void validateSnooze(Snooze snooze);

  /**
   * Pauses until the promised date plus grace; unpaid then, the promise is broken and touches
   * resume.
   */
  @UpdateMethod
  void promise(Promise promise);

  @UpdateValidatorMethod(updateName = "promise")
  void validatePromise(Promise promise);

  @UpdateMethod
  void openDispute(DisputeNotice dispute);

  @UpdateValidatorMethod(updateName = "openDispute")
  void validateOpenDispute(DisputeNotice dispute);

  @UpdateMethod
  void resolveDispute(DisputeResolution resolution);

  @UpdateValidatorMethod(updateName = "resolveDispute")
  void validateResolveDispute(DisputeResolution resolution);

  @UpdateMethod
  void writeOff(Closing closing);

  @UpdateValidatorMethod(updateName = "writeOff")
  void validateWriteOff(Closing closing);

  @UpdateMethod
  void cancel(Closing closing);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(Closing closing);

  /** After an activity gave up (a task named the failure): the failed step is tried again. */
  @UpdateMethod
  void retryFailedStep(Retry retry);

  @UpdateValidatorMethod(updateName = "retryFailedStep")
  void validateRetryFailedStep(Retry retry);

  /**
   * The person's decision after the cadence: call the client, agree a payment plan, refer to legal
   * (recorded; the case waits for payment without further touches) or write off (closes).
   */
  @UpdateMethod
  void decideNextStep(NextStep decision);

  @UpdateValidatorMethod(updateName = "decideNextStep")
  void validateDecideNextStep(NextStep decision);

  /**
   * Agrees a payment plan: it replaces the cadence (a draft waiting is withdrawn, a hold other than
   * a dispute ends) until it is kept, broken or cancelled.
   */
  @UpdateMethod
  void agreePlan(PaymentPlan plan);

  @UpdateValidatorMethod(updateName = "agreePlan")
  void validateAgreePlan(PaymentPlan plan);

  /** Ends the running plan: the case goes back to its cadence at the step it had reached. */
  @UpdateMethod
  void cancelPlan(PlanCancel cancel);

  @UpdateValidatorMethod(updateName = "cancelPlan")
  void validateCancelPlan(PlanCancel cancel);

  /**
   * What became of the touch this case handed to its customer's correspondence (sent in a combined
   * message, skipped, refused, dropped): taken once per touch key.
   */
  @SignalMethod
  void touchSettled(TouchOutcome outcome);

  @QueryMethod
  CaseState state();
}
