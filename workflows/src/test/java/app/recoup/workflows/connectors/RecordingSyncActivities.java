package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/** Sync activities that record what the workflows asked, on the test server's clock. */
class RecordingSyncActivities implements BooksSyncActivities {

  final List<Long> pulls = new CopyOnWriteArrayList<>();
  final Map<Long, Integer> pushAttempts = new ConcurrentHashMap<>();
  final List<Long> pushed = new CopyOnWriteArrayList<>();
  final List<String> gaveUp = new CopyOnWriteArrayList<>();
  final List<String> failedSyncs = new CopyOnWriteArrayList<>();
  volatile boolean connected = true;
  volatile List<Long> toPush = List.of();
  volatile List<Long> feesToPush = List.of();
  volatile long failingFee = -1;
  final List<Long> feesPushed = new CopyOnWriteArrayList<>();

  /** Payments and late fees written back, in order. */
  final List<String> writes = new CopyOnWriteArrayList<>();

  volatile long failingPayment = -1;

  /** Pull attempts answered as a 429 with this Retry-After before one succeeds. */
  volatile int throttled;

  private final LongSupplier now;

  RecordingSyncActivities(LongSupplier now) {
    this.now = now;
  }

  @Override
  public PullSummary pull(BooksVendor vendor) {
    if (throttled > 0) {
      throttled--;
      throw ApplicationFailure.newBuilder()
          .setMessage("429")
          .setType("app.recoup.activities.connectors.BooksRateLimited")
          .setNextRetryDelay(Duration.ofSeconds(30))
          .build();
    }
    pulls.add(now.getAsLong());
    return connected ? new PullSummary(true, null, 0, 1, 0, 0, 0) : PullSummary.disconnected();
  }

  @Override
  public List<Long> paymentsToPush(BooksVendor vendor) {
    // as the push log does: neither pushed nor given up on
    return toPush.stream()
        .filter(id -> !pushed.contains(id))
        .filter(id -> gaveUp.stream().noneMatch(line -> line.startsWith(id + ":")))
        .toList();
  }

  @Override
  public void pushPayment(BooksVendor vendor, long paymentId) {
    pushAttempts.merge(paymentId, 1, Integer::sum);
    if (paymentId == failingPayment) {
      throw new IllegalStateException("QuickBooks answered 503");
    }
    pushed.add(paymentId);
    writes.add("payment " + paymentId);
  }

  @Override
  public void pushFailed(BooksVendor vendor, long paymentId, String error) {
    gaveUp.add(paymentId + ": " + error);
  }

  @Override
  public List<Long> lateFeesToPush(BooksVendor vendor) {
    return feesToPush.stream()
        .filter(id -> !feesPushed.contains(id))
        .filter(id -> gaveUp.stream().noneMatch(line -> line.startsWith("fee " + id + ":")))
        .toList();
  }

  @Override
  public void pushLateFee(BooksVendor vendor, long feeId) {
    if (feeId == failingFee) {
      throw new IllegalStateException("Xero answered 503");
    }
    writes.add("fee " + feeId);
    feesPushed.add(feeId);
  }

  @Override
  public void lateFeePushFailed(BooksVendor vendor, long feeId, String error) {
    gaveUp.add("fee " + feeId + ": " + error);
  }

  @Override
  public void syncFailed(BooksVendor vendor, String error) {
    failedSyncs.add(error);
  }
}
