package app.recoup.workflows.collection;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
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

  @QueryMethod
  CaseState state();
}
