package app.recoup.workflows.collection;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.Skip;
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

  @QueryMethod
  CaseState state();
}
