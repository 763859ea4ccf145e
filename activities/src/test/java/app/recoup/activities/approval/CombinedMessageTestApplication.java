package app.recoup.activities.approval;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Drafting, deciding and sending touches with the channels and the ledger: no web, no Temporal. */
@SpringBootApplication(
    scanBasePackages = {
      "app.recoup.activities.approval",
      "app.recoup.activities.messaging",
      "app.recoup.activities.portal",
      "app.recoup.ledger"
    })
class CombinedMessageTestApplication {

  /** Monday 16 March 2026, 17:00 in Berlin: the end of the business day the touches fell due. */
  static final Instant NOW = Instant.parse("2026-03-16T16:00:00Z");

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
