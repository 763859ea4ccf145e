package app.recoup.web.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health turns DOWN, with the reason, while Recoup cannot store what it is told. */
@Component("storage")
class StorageHealthIndicator extends AbstractHealthIndicator {

  private final StorageStatus status;

  StorageHealthIndicator(StorageStatus status) {
    this.status = status;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    status
        .problem()
        .ifPresentOrElse(reason -> builder.down().withDetail("reason", reason), builder::up);
  }
}
