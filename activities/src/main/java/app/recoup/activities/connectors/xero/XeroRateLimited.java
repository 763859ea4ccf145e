package app.recoup.activities.connectors.xero;

import java.time.Duration;

/**
 * Xero answered 429 longer than it is worth waiting in place: its daily limit, or a minute limit
 * that kept answering 429 on every attempt. The caller tries again after {@link #retryAfter()}.
 *
 * @see <a href="https://developer.xero.com/documentation/guides/oauth2/limits/">Xero API limits</a>
 */
public class XeroRateLimited extends RuntimeException {

  private final Duration retryAfter;
  private final String problem;

  XeroRateLimited(Duration retryAfter, String problem) {
    super(
        "Xero's "
            + (problem == null ? "rate" : problem)
            + " limit was reached; retry after "
            + retryAfter.toSeconds()
            + " s");
    this.retryAfter = retryAfter;
    this.problem = problem;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Xero's X-Rate-Limit-Problem: minute, day, concurrent or appminute; null when not given. */
  public String problem() {
    return problem;
  }
}
