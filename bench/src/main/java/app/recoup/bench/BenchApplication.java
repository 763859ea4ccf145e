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

  @RestController
  static class Ping {
    @PostMapping(path = "/webhooks/bench-ping", produces = "application/json")
    Map<String, Object> ping() {
      return Map.of("status", "OK");
    }
  }
}
