package app.recoup.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster bench in small, in every {@code ./mvnw verify} once the runnable jar is built: one
 * {@code web} and two {@code worker} processes of the jar, one worker SIGKILLed mid-run. Every
 * figure the bench counts must be 0: cases left unfinished, messages sent twice, drafts approved
 * through web and not sent exactly once, a periodic job run more than once in a period across the
 * processes, and the fault harness's invariants.
 */
@Tag("cluster")
class ClusterProcessesTest {

  private static final int CASES = 24;

  @TempDir Path logs;

  @Test
  void
      casesImportedThroughWebRunOnBothWorkersAndTheSurvivorOfASigkillFinishesThemSendingNothingTwice()
          throws Exception {
    // killed early (all cases start at once and settle in bursts), so that most are still to do
    ClusterBench.Outcome outcome =
        ClusterBench.run(CASES, CASES / 6, ClusterBench.runnableJar(), logs);

    assertThat(outcome.tasksPerWorker())
        .as("tasks per worker")
        .containsOnlyKeys("worker-1", "worker-2")
        .allSatisfy(
            (worker, tasks) -> {
              assertThat(tasks.workflow()).as(worker + "'s workflow tasks").isPositive();
              assertThat(tasks.activity()).as(worker + "'s activity tasks").isPositive();
            });
    assertThat(outcome.settledBeforeKill())
        .as("touches settled when worker-1 was killed")
        .isLessThan(CASES);
    assertThat(outcome.settled()).as("touches settled in the end").isEqualTo(CASES);
    assertThat(outcome.sweepRuns())
        .as("payment-notification sweeps run across the processes")
        .isPositive();
    assertThat(outcome.survivorSeries())
        .as("series on worker-2's /actuator/prometheus")
        .anyMatch(series -> series.startsWith("temporal_"))
        .contains("recoup_touches_sent_total");
    assertThat(outcome.figures())
        .allSatisfy((figure, value) -> assertThat(value).as(figure).isZero());
  }
}
