package app.recoup.web.temporal;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The local profile runs Temporal in-process (the SDK's test server). Its clock must be the wall
 * clock: a reminder planned for Friday may not go out on Tuesday because nothing else was running.
 * Tests that want time skipping set {@code recoup.temporal.time-skipping=true}; tests that pin the
 * start instant set {@code recoup.temporal.start} (ISO instant), and then the application's {@link
 * Clock} is the engine's, so "today" in a page or an activity is the workflow's today.
 */
@Configuration
@ConditionalOnProperty(
    prefix = "spring.temporal.test-server",
    name = "enabled",
    havingValue = "true")
class LocalTemporalConfiguration {

  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> wallClockTestServer(
      @Value("${recoup.temporal.time-skipping:false}") boolean timeSkipping,
      @Value("${recoup.temporal.start:}") String start) {
    return options -> {
      options.setUseTimeskipping(timeSkipping);
      if (!start.isBlank()) {
        options.setInitialTime(Instant.parse(start));
      }
      return options;
    };
  }

  /**
   * See {@link TestServerLockEvents}: without it the local mode slows down and grows with every
   * case run.
   */
  @Bean
  static BeanPostProcessor boundedTestServerLockEvents(
      @Value("${recoup.temporal.kept-lock-events:" + TestServerLockEvents.KEPT + "}") int kept) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof TestWorkflowEnvironment env) {
          TestServerLockEvents.bound(env, kept);
        }
        return bean;
      }
    };
  }

  @Bean
  @Primary
  @ConditionalOnProperty(prefix = "recoup.temporal", name = "start")
  Clock engineClock(ObjectProvider<TestWorkflowEnvironment> engine) {
    return new EngineClock(engine, ZoneOffset.UTC);
  }
}
