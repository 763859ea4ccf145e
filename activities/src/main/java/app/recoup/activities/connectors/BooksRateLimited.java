package app.recoup.activities.connectors;

import java.time.Duration;

/** HTTP 429: try again after {@link #retryAfter()} (null when the vendor did not say). */
public class BooksRateLimited extends RuntimeException {

  private final Duration retryAfter;

  public BooksRateLimited(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
