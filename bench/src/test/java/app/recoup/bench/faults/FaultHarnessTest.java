package app.recoup.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault harness in small: 20 cases, Recoup killed three times (once with the Temporal server),
 * then 500 malformed inputs. Every figure it counts must be 0.
 */
class FaultHarnessTest {

  @TempDir Path logs;

  @Test
  void aKilledRecoupLosesNothingSendsNothingTwiceAndRefusesMalformedInputCleanly()
      throws Exception {
    int nonZeroFigures = FaultHarness.run(new FaultHarness.Settings(20, 3, 1, 500, 7L), logs);

    assertThat(nonZeroFigures).as("figures not 0 (printed above)").isZero();
  }
}
