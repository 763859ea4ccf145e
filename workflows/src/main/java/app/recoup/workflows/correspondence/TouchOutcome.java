package app.recoup.workflows.correspondence;

/**
 * What became of a handed touch, told to its case once.
 *
 * @param detail why, for what was not sent
 */
public record TouchOutcome(String idempotencyKey, Kind kind, String detail) {

  public enum Kind {
    /** Went out in a combined message. */
    SENT,
    /** A person skipped the combined message. */
    SKIPPED,
    /** The channel refused the combined message (or the ledger did); it is not retried. */
    NOT_SENT,
    /** Dropped before the message was approved: the case asked for it back. */
    DROPPED,
    /** The customer is excluded from automation: a person handles the case. */
    MANUAL
  }
}
