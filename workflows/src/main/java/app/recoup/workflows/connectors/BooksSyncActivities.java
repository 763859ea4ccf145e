package app.recoup.workflows.connectors;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * What one sync run of a books connection does outside the workflow. Tokens never pass through
 * here: the activities read and refresh them from the ledger, so no history holds a secret.
 */
@ActivityInterface
public interface BooksSyncActivities {

  /**
   * Pulls what changed since the connection's cursor through the import's rules and moves the
   * cursor on. A vendor answering 429 fails the attempt with the vendor's Retry-After as the next
   * retry's delay. A grant that cannot be refreshed disconnects (with a task for an admin) and
   * reports {@link PullSummary#connected()} false.
   */
  PullSummary pull(BooksVendor vendor);

  /** Payments applied in Recoup since the connection was made that the books do not hold yet. */
  List<Long> paymentsToPush(BooksVendor vendor);

  /** Writes one payment back, under the same idempotency key on every attempt. */
  void pushPayment(BooksVendor vendor, long paymentId);

  /** Gives up on a payment after its retries: the push log says so and an admin gets a task. */
  void pushFailed(BooksVendor vendor, long paymentId, String error);

  /**
   * Late fees posted in Recoup since the connection was made that the books do not hold yet; none
   * while the connection's late-fee setting is off.
   */
  List<Long> lateFeesToPush(BooksVendor vendor);

  /**
   * Writes one late fee back as the connection's setting says (a line on its invoice or an invoice
   * of its own), under the same idempotency key on every attempt; a fee waived meanwhile is not.
   */
  void pushLateFee(BooksVendor vendor, long feeId);

  /** Gives up on a late fee after its retries: the push log says so and an admin gets a task. */
  void lateFeePushFailed(BooksVendor vendor, long feeId, String error);

  /** Records a run whose pull failed after its retries, for the settings page. */
  void syncFailed(BooksVendor vendor, String error);
}
