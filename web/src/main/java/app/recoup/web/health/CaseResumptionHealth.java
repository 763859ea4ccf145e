package app.recoup.web.health;

import app.recoup.api.cases.ResumptionProgress;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the open cases are still being resumed after a start: {@value #RESUMING} (with "resuming
 * N of M open cases") while they are, UP once done. The application answers meanwhile, so the
 * overall status stays UP: RESUMING is not among the statuses health aggregates.
 */
@Component("caseResumption")
class CaseResumptionHealth extends AbstractHealthIndicator {

  static final String RESUMING = "RESUMING";

  private final ResumptionProgress progress;

  CaseResumptionHealth(ResumptionProgress progress) {
    super("The resumption of open cases cannot be read");
    this.progress = progress;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder
        .status(progress.running() ? new Status(RESUMING, progress.describe()) : Status.UP)
        .withDetail("checked", progress.checked())
        .withDetail("openCases", progress.openCases())
        .withDetail("failed", progress.failed());
  }
}
