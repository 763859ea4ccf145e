package app.recoup.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.collection.ProcessTimings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TimingPropertiesTest {

  private static ProcessTimings bound(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("recoup.process", TimingProperties.class)
        .timings();
  }

  @Test
  void theProcessWaitsAreReadFromRecoupProcessSettings() {
    ProcessTimings timings =
        bound(
            Map.of(
                "recoup.process.hold-review", "2d",
                "recoup.process.promise-grace-days", "5",
                "recoup.process.promise-horizon-days", "30",
                "recoup.process.escalation-wait", "36h"));

    assertThat(timings)
        .isEqualTo(new ProcessTimings(Duration.ofDays(2), 5, 30, Duration.ofHours(36)));
  }

  @Test
  void unsetWaitsKeepTheDefaults() {
    assertThat(bound(Map.of("recoup.process.approval-timeout", "48h")))
        .isEqualTo(ProcessTimings.DEFAULTS);
  }
}
