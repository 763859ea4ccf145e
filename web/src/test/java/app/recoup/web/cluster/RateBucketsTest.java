package app.recoup.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.ratelimit.RateBuckets;
import app.recoup.ledger.testing.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The portal's rate limit is one budget per link however many web replicas serve it. */
class RateBucketsTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private static RateBuckets first;
  private static RateBuckets second;

  @BeforeAll
  static void twoReplicas() {
    first = new RateBuckets(DATABASE.jdbc());
    second = new RateBuckets(DATABASE.jdbc());
  }

  @Test
  void twoReplicasShareOneBucketPerLinkRefilledPerMinute() {
    int allowed = 0;
    for (int i = 0; i < 100; i++) {
      if ((i % 2 == 0 ? first : second).take("token:abc", 60, START)) {
        allowed++;
      }
    }
    assertThat(allowed).as("requests of one minute's burst through two replicas").isEqualTo(60);

    assertThat(second.take("token:abc", 60, START.plusSeconds(1)))
        .as("refilled one a second")
        .isTrue();
    assertThat(first.take("token:abc", 60, START.plusSeconds(1))).isFalse();
    assertThat(first.take("token:other", 60, START)).as("another link's own budget").isTrue();
  }

  @Test
  void forgettingOldBucketsChangesNoAnswer() {
    Instant later = START.plusSeconds(3600);
    for (int i = 0; i < 4; i++) {
      first.take("ip:10.0.0.1", 4, later);
      first.take("ip:10.0.0.2", 4, later.plusSeconds(30));
    }

    assertThat(second.forgetRefilled(later.plusSeconds(60))).isPositive();
    assertThat(takes("ip:10.0.0.1", later.plusSeconds(60)))
        .as("a bucket idle a minute")
        .isEqualTo(4);
    assertThat(takes("ip:10.0.0.2", later.plusSeconds(60)))
        .as("a bucket emptied 30 seconds ago has refilled half")
        .isEqualTo(2);
  }

  private static int takes(String key, Instant at) {
    int allowed = 0;
    for (int i = 0; i < 6; i++) {
      if (first.take(key, 4, at)) {
        allowed++;
      }
    }
    return allowed;
  }
}
