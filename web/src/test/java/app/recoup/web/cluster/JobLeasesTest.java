package app.recoup.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three replicas whose timers for a 30-second job fire a few seconds apart, for ten minutes: the
 * job runs once per period, not three times.
 */
class JobLeasesTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration PERIOD = Duration.ofSeconds(30);

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private final JdbcClient jdbc = DATABASE.jdbc();

  @Test
  void aPeriodicJobRunsOncePerPeriodAcrossReplicas() {
    List<String> ranOn = new ArrayList<>();
    List<Instant> ranAt = new ArrayList<>();
    for (int second = 0; second < 600; second++) {
      for (int replica = 0; replica < 3; replica++) {
        // each replica's fixed-delay timer, offset from the others by 4 seconds
        if ((second - 4 * replica) % 30 != 0 || second < 4 * replica) {
          continue;
        }
        Instant now = START.plusSeconds(second);
        String name = "replica-" + replica;
        var leases = new JobLeases(jdbc, Clock.fixed(now, ZoneOffset.UTC), name);
        leases.runOnce(
            "sweep",
            PERIOD,
            () -> {
              ranOn.add(name);
              ranAt.add(now);
            });
      }
    }

    assertThat(ranAt).as("runs in ten minutes of a 30-second job").hasSize(20);
    for (int i = 1; i < ranAt.size(); i++) {
      assertThat(Duration.between(ranAt.get(i - 1), ranAt.get(i)))
          .as("time between two runs")
          .isGreaterThanOrEqualTo(PERIOD);
    }
    assertThat(new JobLeases(jdbc, Clock.fixed(START, ZoneOffset.UTC), "any").runs("sweep"))
        .as("runs counted in the ledger")
        .hasValue(20L);
  }

  @Test
  void aReplicaThatStoppedLeavesTheJobToTheOthersAfterItsPeriod() {
    var stopped = new JobLeases(jdbc, Clock.fixed(START, ZoneOffset.UTC), "stopped");
    assertThat(stopped.runOnce("poll", PERIOD, () -> {})).isTrue();

    var other = new JobLeases(jdbc, Clock.fixed(START.plusSeconds(29), ZoneOffset.UTC), "other");
    assertThat(other.runOnce("poll", PERIOD, () -> {})).as("still held").isFalse();
    var later = new JobLeases(jdbc, Clock.fixed(START.plus(PERIOD), ZoneOffset.UTC), "other");
    assertThat(later.runOnce("poll", PERIOD, () -> {})).as("taken over").isTrue();
  }
}
