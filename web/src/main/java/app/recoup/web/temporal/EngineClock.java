package app.recoup.web.temporal;

import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The in-process engine's time as the application's clock. Looked up on each read, since the engine
 * is built after the beans that hold the clock.
 */
final class EngineClock extends Clock {

  private final ObjectProvider<TestWorkflowEnvironment> engine;
  private final ZoneId zone;

  EngineClock(ObjectProvider<TestWorkflowEnvironment> engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(engine, other);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(engine.getObject().currentTimeMillis());
  }
}
