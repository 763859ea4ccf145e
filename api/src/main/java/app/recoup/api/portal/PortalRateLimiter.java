package app.recoup.api.portal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key: a burst of {@code perMinute} requests, refilled at that many per minute. In memory, per instance: enough to blunt guessing and
 * scripted abuse of one link; a shared limiter belongs in front of several instances.
 */
@Component
public class PortalRateLimiter {

  private static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  PortalRateLimiter(ObjectProvider<Clock> clock) {
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public boolean allow(String key, int perMinute) {
    if (buckets.size() > MAX_KEYS) {
      long now = clock.millis();
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, clock.millis())).take(clock.millis());
  }

  private static final class Bucket {
    private final int perMinute;
    private double tokens;
    private long updated;

    Bucket(int perMinute, long now) {
      this.perMinute = perMinute;
      this.tokens = perMinute;
      this.updated = now;
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= perMinute;
    }

    private void refill(long now) {
      tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60_000.0);
      updated = now;
    }
  }
}
