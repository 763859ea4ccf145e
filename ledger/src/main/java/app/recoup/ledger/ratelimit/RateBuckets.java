package app.recoup.ledger.ratelimit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Token buckets in PostgreSQL, so that a limit holds across replicas: a burst of {@code perMinute}
 * requests, refilled at that many per minute. Taking a token is one statement; the row lock of the
 * upsert serialises replicas taking from the same bucket.
 */
@Repository
public class RateBuckets {

  /** A bucket untouched this long is full again. */
  public static final Duration REFILLED = Duration.ofMinutes(1);

  private final JdbcClient jdbc;

  public RateBuckets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes a token from the key's bucket; false when it is empty. */
  public boolean take(String key, int perMinute, Instant now) {
    return jdbc.sql(
                """
                insert into rate_bucket as b (key, tokens, updated_at)
                values (:key, :capacity - 1, :now)
                on conflict (key) do update
                  set tokens = least(:capacity, b.tokens
                        + extract(epoch from (:now - b.updated_at)) * :capacity / 60.0) - 1,
                      updated_at = :now
                  where least(:capacity, b.tokens
                        + extract(epoch from (:now - b.updated_at)) * :capacity / 60.0) >= 1
                """)
            .param("key", key)
            .param("capacity", (double) perMinute)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** Deletes buckets that are full again; returns how many. */
  public int forgetRefilled(Instant now) {
    return jdbc.sql("delete from rate_bucket where updated_at <= :before")
        .param("before", Timestamp.from(now.minus(REFILLED)))
        .update();
  }
}
