package app.recoup.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.embedded.LocalPostgres;
import app.recoup.web.RecoupApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When nothing can be stored (the disk is nearly full, or the database is gone), people and senders
 * are told so: health is DOWN with the reason, pages carry a banner, and webhooks answer 503 so
 * that payment processors and Twilio send again later instead of being told "stored".
 */
class StorageProblemTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ADMIN = "admin@storage.test";
  private static final String PASSWORD = "storage-secret";

  @TempDir Path dataDirectory;

  private static ConfigurableApplicationContext start(String... settings) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--recoup.database.embedded.data-directory=",
                "--server.port=0",
                "--recoup.admin.email=" + ADMIN,
                "--recoup.admin.password=" + PASSWORD,
                "--recoup.webhooks.payments.secret=storage-test-secret",
                "--recoup.storage.check-interval=1h"));
    arguments.addAll(List.of(settings));
    return new SpringApplicationBuilder(RecoupApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void aNearlyFullDiskTurnsHealthDownShowsABannerAndWebhooksAskForARetry() throws Exception {
    try (ConfigurableApplicationContext recoup =
        start("--recoup.storage.path=" + dataDirectory, "--recoup.storage.min-free=1000000TB")) {
      int port = port(recoup);
      recoup.getBean(StorageStatus.class).check();

      HttpResponse<String> health = send(port, "GET", "/actuator/health", true);
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body())
          .contains(
              "\"storage\":{\"details\":{\"reason\":\"The disk holding "
                  + dataDirectory
                  + " is nearly full");

      HttpResponse<String> webhook = send(port, "POST", "/webhooks/payments", false);
      assertThat(webhook.statusCode()).isEqualTo(503);
      assertThat(webhook.headers().firstValue("Retry-After")).contains("60");
      assertThat(webhook.body())
          .contains("is nearly full")
          .contains("Nothing was stored; send it again later.");

      assertThat(send(port, "GET", "/login", false).body())
          .contains("id=\"storage-problem\"")
          .contains("Recoup cannot store anything right now.");
    }
  }

  @Test
  void aDatabaseThatIsGoneTurnsHealthDownAndWebhooksAskForARetry() throws Exception {
    try (ConfigurableApplicationContext recoup = start()) {
      int port = port(recoup);
      StorageStatus status = recoup.getBean(StorageStatus.class);
      status.check();
      assertThat(send(port, "GET", "/actuator/health", true).statusCode()).isEqualTo(200);
      assertThat(send(port, "POST", "/webhooks/payments", false).statusCode())
          .as("the signature is checked")
          .isEqualTo(401);

      recoup.getBean(LocalPostgres.class).close();
      status.check();

      // nobody can be authenticated without the database: the status is public, the reason on the
      // pages
      HttpResponse<String> health = send(port, "GET", "/actuator/health", false);
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"DOWN\"");
      assertThat(send(port, "GET", "/login", false).body())
          .contains("Recoup cannot store anything right now.</strong> The database d");
      HttpResponse<String> api = send(port, "GET", "/api/tasks", true);
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type"))
          .as("a program is answered as one, not with a page")
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(api.body()).contains("\"status\":503").contains("The database d");
      HttpResponse<String> webhook = send(port, "POST", "/webhooks/payments", false);
      assertThat(webhook.statusCode()).isEqualTo(503);
      assertThat(webhook.body()).contains("The database d");
    }
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static HttpResponse<String> send(int port, String method, String path, boolean asAdmin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (asAdmin) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
