package app.recoup.web.metrics;

import app.recoup.ledger.tasks.HumanTasks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Tasks waiting for a person, read from the ledger at each scrape: the same on every replica. */
@Component
class OpenTasksGauge implements MeterBinder {

  private final HumanTasks tasks;

  OpenTasksGauge(HumanTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("recoup.tasks.open", tasks, HumanTasks::countOpen)
        .description("Human tasks open across all cases")
        .strongReference(true)
        .register(registry);
  }
}
