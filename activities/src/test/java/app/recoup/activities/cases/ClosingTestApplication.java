package app.recoup.activities.cases;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Closing cases and the messages that follow, with the channels and the ledger: no Temporal. */
@SpringBootApplication(
    scanBasePackages = {
      "app.recoup.activities.courtesy",
      "app.recoup.activities.messaging",
      "app.recoup.activities.portal",
      "app.recoup.ledger"
    })
@Import(CaseLedgerActivities.class)
class ClosingTestApplication {

  /** Thursday 2 April 2026, 22:30 UTC: already Friday 3 April in Berlin. */
  static final Instant NOW = Instant.parse("2026-04-02T22:30:00Z");

  /** Primary over the channel tests' system clock, which the package scan finds too. */
  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }
}
