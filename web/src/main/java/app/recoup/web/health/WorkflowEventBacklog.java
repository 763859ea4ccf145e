package app.recoup.web.health;

import app.recoup.api.relay.WorkflowEventRelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The workflow events recorded and not yet delivered (the relay's backlog): a health detail, and
 * the gauge {@value #GAUGE} for metrics. A backlog that keeps growing means Temporal does not take
 * the events, or the cases they are for have no running workflow.
 */
@Component("workflowEventBacklog")
class WorkflowEventBacklog extends AbstractHealthIndicator implements MeterBinder {

  static final String GAUGE = "recoup.workflow.events.backlog";

  private final WorkflowEventRelay relay;

  WorkflowEventBacklog(WorkflowEventRelay relay) {
    super("The workflow event backlog cannot be read");
    this.relay = relay;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("backlog", relay.backlog());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(GAUGE, relay, WorkflowEventRelay::backlog)
        .description("workflow events recorded and not yet delivered to their case")
        .register(registry);
  }
}
