package app.recoup.bench;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
    return java.util.Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new);
  }

  @RestController
  static class Ping {
    @PostMapping(path = "/webhooks/bench-ping", produces = "application/json")
    Map<String, Object> ping() {
      return Map.of("status", "OK");
    }
  }
}
