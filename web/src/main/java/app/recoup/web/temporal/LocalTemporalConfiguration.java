package app.recoup.web.temporal;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local profile runs Temporal in-process (the SDK's test server). Its clock must be the wall
 * clock: a reminder planned for Friday may not go out on Tuesday because nothing else was running.
 * Tests that want time skipping set {@code recoup.temporal.time-skipping=true}.
 */
@Configuration
@ConditionalOnProperty(prefix = "spring.temporal.test-server", name = "enabled", havingValue = "true")
class LocalTemporalConfiguration {

  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> wallClockTestServer(
      @org.springframework.beans.factory.annotation.Value("${recoup.temporal.time-skipping:false}")
          boolean timeSkipping) {
    return options -> options.setUseTimeskipping(timeSkipping);
  }
}
