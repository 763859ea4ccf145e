package app.recoup.activities.messaging;

/**
 * Another attempt for the same key is between its provider call and its acknowledgement right now.
 * Retrying later finds its outcome.
 */
public class SendInProgressException extends RuntimeException {

  public SendInProgressException(String idempotencyKey) {
    super("a delivery attempt for " + idempotencyKey + " is in progress");
  }
}
