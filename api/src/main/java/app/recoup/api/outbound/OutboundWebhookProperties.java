package app.recoup.api.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How outbound webhooks are delivered ({@code recoup.outbound-webhooks.*}); unset ones keep the
 * defaults below.
 *
 * @param allowPlainHttp endpoints may be {@code http://} URLs (the local profile; elsewhere only
 *     {@code https://})
 * @param connectTimeout how long a connection to an endpoint may take (5 s)
 * @param timeout how long an endpoint may take to answer (10 s)
 * @param firstRetry the wait after the first failed attempt, doubled after each further one (5 s)
 * @param longestRetry the longest wait between attempts (1 h)
 * @param disableAfterFailures consecutive failed attempts after which an endpoint is disabled (10),
 * @param disableAfter once it has been failing at least this long (24 h)
 */
@ConfigurationProperties("recoup.outbound-webhooks")
public record OutboundWebhookProperties(
    boolean allowPlainHttp,
    Duration connectTimeout,
    Duration timeout,
    Duration firstRetry,
    Duration longestRetry,
    Integer disableAfterFailures,
    Duration disableAfter) {

  public OutboundWebhookProperties {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    firstRetry = firstRetry == null ? Duration.ofSeconds(5) : firstRetry;
    longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
    disableAfterFailures = disableAfterFailures == null ? 10 : disableAfterFailures;
    disableAfter = disableAfter == null ? Duration.ofHours(24) : disableAfter;
  }

  /** The wait before the next attempt after {@code failedAttempts} failed ones (at least one). */
  Duration backOff(int failedAttempts) {
    Duration wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
    return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
  }

  /** A claimed delivery is someone else's to send again once its attempt surely ended. */
  Duration lease() {
    return connectTimeout.plus(timeout).multipliedBy(2);
  }
}
