package app.recoup.workflows.connectors;

import app.recoup.workflows.collection.Versions;
import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Consumer;

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
    Pushes pushes = new Pushes();
    for (long payment : ledger.paymentsToPush(books)) {
      pushes.push(
          () -> vendor.pushPayment(books, payment),
          error -> ledger.pushFailed(books, payment, error));
    }
    if (Versions.adopted(Versions.LATE_FEE_WRITE_BACK)) {
      for (long fee : ledger.lateFeesToPush(books)) {
        pushes.push(
            () -> vendor.pushLateFee(books, fee),
            error -> ledger.lateFeePushFailed(books, fee, error));
      }
    }
    return new SyncSummary(true, pull, pushes.pushed, pushes.failures);
  }

  /** Counts the writes of one run; a write that fails after its retries is given up on. */
  private static final class Pushes {
    int pushed;
    int failures;

    void push(Runnable write, Consumer<String> giveUp) {
      try {
        write.run();
        pushed++;
      } catch (ActivityFailure failed) {
        giveUp.accept(rootMessage(failed));
        failures++;
      }
    }
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
