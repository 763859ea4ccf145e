package app.recoup.api.portal;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.ratelimit.RateBuckets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key: a burst of {@code perMinute} requests, refilled at that many per minute.
 * The buckets live in PostgreSQL, so the limit holds however many web replicas serve the portal.
 */
@Component
public class PortalRateLimiter {

  private static final Duration CLEANUP = Duration.ofMinutes(10);

  private final RateBuckets buckets;
  private final JobLeases leases;
  private final Clock clock;

  PortalRateLimiter(RateBuckets buckets, JobLeases leases, ObjectProvider<Clock> clock) {
    this.buckets = buckets;
    this.leases = leases;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public boolean allow(String key, int perMinute) {
    return buckets.take(key, perMinute, clock.instant());
  }

  @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
  void forgetRefilledBuckets() {
    leases.runOnce(
        "portal-rate-bucket-cleanup", CLEANUP, () -> buckets.forgetRefilled(clock.instant()));
  }
}
