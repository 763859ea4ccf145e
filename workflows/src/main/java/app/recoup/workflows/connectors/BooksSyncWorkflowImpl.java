package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

public class BooksSyncWorkflowImpl implements BooksSyncWorkflow {

  /**
   * 429s and outages: Retry-After (from the failure) or doubling up to 5 minutes, ~half an hour.
   */
  private static final RetryOptions VENDOR_RETRIES =
      RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(2))
          .setBackoffCoefficient(2)
          .setMaximumInterval(Duration.ofMinutes(5))
          .setMaximumAttempts(10)
          .build();

  private final BooksSyncActivities vendor =
      Workflow.newActivityStub(
          BooksSyncActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(10))
              .setRetryOptions(VENDOR_RETRIES)
              .build());

  private final BooksSyncActivities ledger =
      Workflow.newActivityStub(
          BooksSyncActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofMinutes(1)).build())
              .build());

  @Override
  public SyncSummary sync(BooksVendor books) {
    PullSummary pull;
    try {
      pull = vendor.pull(books);
    } catch (ActivityFailure failed) {
      ledger.syncFailed(books, rootMessage(failed));
      return new SyncSummary(true, null, 0, 0);
    }
    if (!pull.connected()) {
      return new SyncSummary(false, pull, 0, 0);
    }
    int pushed = 0;
    int failures = 0;
    List<Long> payments = ledger.paymentsToPush(books);
    for (long payment : payments) {
      try {
        vendor.pushPayment(books, payment);
        pushed++;
      } catch (ActivityFailure failed) {
        ledger.pushFailed(books, payment, rootMessage(failed));
        failures++;
      }
    }
    return new SyncSummary(true, pull, pushed, failures);
  }

  /** The activity's own words, for the admin's task: not the failure's type and flags. */
  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof ApplicationFailure thrown
        ? thrown.getOriginalMessage()
        : cause.getMessage();
  }
}
