package app.recoup.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's modules (ledger, activities, api: security, webhooks, cash application) as one
 * Spring Boot application, plus one trivial endpoint that goes through the same server, security
 * filter chain and JSON writer but does no work: the baseline the webhook is compared with.
 */
@SpringBootApplication(scanBasePackages = "app.recoup")
class BenchApplication {

  /**
   * The bench's settings as command-line arguments, so they win over the web module's
   * application.yml (port 8080, ./recoup-data, admin@localhost) on the classpath; default
   * properties would lose to it.
   */
  static String[] arguments(String... properties) {
    return Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new);
  }

  /**
   * The whole application on a free port with a throw-away embedded PostgreSQL and the in-process
   * Temporal server, plus the bench's own settings.
   */
  static ConfigurableApplicationContext start(String... properties) {
    String[] common = {
      "server.port=0",
      "spring.main.banner-mode=off",
      "logging.level.root=warn",
      "recoup.database.embedded.enabled=true",
      "recoup.database.embedded.data-directory=",
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.workers-auto-discovery.workflow-packages=app.recoup.workflows",
      "spring.temporal.workers-auto-discovery.register-activity-beans=true",
      "recoup.base-url=http://127.0.0.1"
    };
    String[] all =
        Stream.concat(Arrays.stream(common), Arrays.stream(properties)).toArray(String[]::new);
    return new SpringApplicationBuilder(BenchApplication.class).run(arguments(all));
  }

  @RestController
  static class Ping {
    @PostMapping(path = "/webhooks/bench-ping", produces = "application/json")
    Map<String, Object> ping() {
      return Map.of("status", "OK");
    }
  }
}
