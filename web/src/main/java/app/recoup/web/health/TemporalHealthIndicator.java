package app.recoup.web.health;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health shows whether the Temporal frontend answers, beside the database's own indicator. */
@Component("temporal")
class TemporalHealthIndicator extends AbstractHealthIndicator {

  private final WorkflowServiceStubs stubs;

  TemporalHealthIndicator(WorkflowServiceStubs stubs) {
    super("Temporal is not reachable");
    this.stubs = stubs;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var info =
        stubs
            .blockingStub()
            .withDeadlineAfter(3, TimeUnit.SECONDS)
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    builder.up().withDetail("serverVersion", info.getServerVersion());
  }
}
