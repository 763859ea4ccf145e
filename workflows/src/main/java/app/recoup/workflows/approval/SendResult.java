package app.recoup.workflows.approval;

import java.time.Instant;

/**
 * @param retryAt when {@link Outcome#NOT_NOW}: the earliest instant the channel allows a retry
 */
public record SendResult(Outcome outcome, Instant retryAt, String detail) {

  public enum Outcome {
    SENT,
    /** Not delivered and not to be retried (cancelled by the ledger, failed, unconfirmed). */
    NOT_SENT,
    /** The channel's quiet hours: send again at {@code retryAt}. */
    NOT_NOW
  }
}
