package app.recoup.activities.messaging.sms;

import java.time.Instant;

/** Outside the customer's SMS window: retry at {@link #nextAllowed()}. Nothing was recorded. */
public class SmsNotNowException extends RuntimeException {

  private final Instant nextAllowed;

  public SmsNotNowException(Instant nextAllowed) {
    super("outside the customer's SMS window; next allowed at " + nextAllowed);
    this.nextAllowed = nextAllowed;
  }

  public Instant nextAllowed() {
    return nextAllowed;
  }
}
