package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.Locale;

/**
 * One sync run of a books connection: pull the changes in, then push the payments Recoup applied
 * out, and the late fees it posted when the connection's setting says so. Its history (one per run)
 * is what the admin inspects.
 */
@WorkflowInterface
public interface BooksSyncWorkflow {

  /** Runs are children of the connection's {@link BooksScheduleWorkflow}, on its task queue. */
  static String workflowId(BooksVendor vendor, long startedAtMillis) {
    return "books-sync-" + vendor.name().toLowerCase(Locale.ROOT) + "-" + startedAtMillis;
  }

  @WorkflowMethod
  SyncSummary sync(BooksVendor vendor);
}
