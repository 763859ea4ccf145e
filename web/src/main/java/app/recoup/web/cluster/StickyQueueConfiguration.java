package app.recoup.web.cluster;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a workflow task waits on the sticky queue of the worker that ran the case last before
 * any worker may take it ({@code RECOUP_WORKER_STICKY_TIMEOUT}, Temporal's default 5 s). A Temporal
 * cluster moves it after that time; the SDK's test server run as a standalone server never does, so
 * a case whose last worker was killed waits for ever: there, 0 turns sticky queues off.
 */
@Configuration(proxyBeanMethods = false)
class StickyQueueConfiguration {

  @Bean
  TemporalOptionsCustomizer<WorkerOptions.Builder> stickyQueueTimeout(
      @Value("${recoup.worker.sticky-timeout:${RECOUP_WORKER_STICKY_TIMEOUT:PT5S}}")
          Duration timeout) {
    return builder -> builder.setStickyQueueScheduleToStartTimeout(timeout);
  }
}
