package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.Locale;

/**
 * The schedule of a connection (one per vendor, so it runs once across the cluster): a sync run
 * every interval, or at once when asked ("sync now", a vendor webhook). It ends when a run finds
 * the connection disconnected; connecting again starts it.
 */
@WorkflowInterface
public interface BooksScheduleWorkflow {

  String TASK_QUEUE = "collections";

  static String workflowId(BooksVendor vendor) {
    return "books-schedule-" + vendor.name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param interval the time between runs (15 minutes unless configured)
   */
  @WorkflowMethod
  void run(BooksVendor vendor, Duration interval);

  /** Runs a sync at once (after the run in progress, if one is). */
  @SignalMethod
  void syncNow(String reason);
}
