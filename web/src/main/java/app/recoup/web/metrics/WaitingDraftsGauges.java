package app.recoup.web.metrics;

import app.recoup.ledger.touches.Touches;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Drafts waiting for a person and how long the oldest has waited, read from the ledger at each
 * scrape.
 */
@Component
class WaitingDraftsGauges implements MeterBinder {

  private final Touches touches;
  private final Clock clock;

  WaitingDraftsGauges(Touches touches, Clock clock) {
    this.touches = touches;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("recoup.drafts.waiting", touches, t -> t.waitingDrafts().count())
        .description("Drafts awaiting approval on open cases")
        .strongReference(true)
        .register(registry);
    Gauge.builder("recoup.drafts.oldest.age", this, WaitingDraftsGauges::oldestAgeSeconds)
        .baseUnit("seconds")
        .description("How long the oldest draft awaiting approval has waited; 0 when none waits")
        .strongReference(true)
        .register(registry);
  }

  private double oldestAgeSeconds() {
    Touches.WaitingDrafts waiting = touches.waitingDrafts();
    return waiting.oldestDraftedAt() == null
        ? 0
        : Duration.between(waiting.oldestDraftedAt(), clock.instant()).toMillis() / 1000.0;
  }
}
