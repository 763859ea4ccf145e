package app.recoup.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.ledger.backup.BackupWriter;
import app.recoup.ledger.backup.RestoreRefusedException;
import app.recoup.web.RecoupApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup taken while Recoup runs, restored into an empty working folder by another start: the
 * same cases, balances, timelines and logins. The second start is given another admin password, so
 * a login with the first one proves the people came back from the backup.
 */
class BackupRoundTripTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ADMIN = "admin@backup.test";
  private static final List<String> INVOICES = List.of("BK-1", "BK-2", "BK-3");

  @TempDir Path original;
  @TempDir Path restored;
  @TempDir Path backups;

  private static ConfigurableApplicationContext start(
      Path folder, String password, String... more) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--recoup.database.embedded.data-directory="
                    + folder.resolve("recoup-data/postgres"),
                "--server.port=0",
                "--recoup.admin.email=" + ADMIN,
                "--recoup.admin.password=" + password,
                // no touch falls due during the test, so each side's cases stand still
                "--recoup.process.calendar.holidays="
                    + today.minusDays(1)
                    + ","
                    + today
                    + ","
                    + today.plusDays(1)));
    arguments.addAll(List.of(more));
    return new SpringApplicationBuilder(RecoupApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void aBackupRestoredIntoAnEmptyFolderHasTheSameCasesTimelinesAndLogins() throws Exception {
    Path backup = backups.resolve("recoup.zip");
    Map<String, JsonNode> before;
    try (ConfigurableApplicationContext first = start(original, "first-password")) {
      int port = port(first);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      String csv =
          "invoice_number,customer,email,currency,total,amount_paid,issue_date,due_date,time_zone\n"
              + "BK-1,Acme,ap@acme.test,EUR,1200.00,0,"
              + today.minusDays(40)
              + ","
              + today.minusDays(10)
              + ",UTC\n"
              + "BK-2,Globex,ap@globex.test,USD,800.00,0,"
              + today.minusDays(35)
              + ","
              + today.minusDays(5)
              + ",UTC\n"
              + "BK-3,Acme,ap@acme.test,EUR,450.00,0,"
              + today.minusDays(27)
              + ","
              + today.plusDays(3)
              + ",UTC\n";
      assertThat(send(port, "first-password", "POST", "/api/imports", "text/csv", csv).statusCode())
          .isEqualTo(201);
      assertThat(
              send(
                      port,
                      "first-password",
                      "POST",
                      "/api/cases/BK-1/payments",
                      "application/json",
                      "{\"amount\": 200.00, \"entryId\": \"wire-1\"}")
                  .statusCode())
          .isEqualTo(200);
      before = awaitCases(port, "first-password");

      HttpResponse<byte[]> download =
          HTTP.send(
              request(port, "first-password", "/api/admin/backup").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(
              value -> assertThat(value).contains("recoup-backup-").contains(".zip"));
      Files.write(backup, download.body());
    }

    try (ConfigurableApplicationContext second =
        start(restored, "second-password", "--recoup.restore-from=" + backup)) {
      int port = port(second);
      Map<String, JsonNode> after = awaitCases(port, "first-password");
      for (String invoice : INVOICES) {
        assertThat(after.get(invoice).path("status"))
            .as(invoice)
            .isEqualTo(before.get(invoice).path("status"));
        assertThat(after.get(invoice).path("balance").decimalValue())
            .as(invoice)
            .isEqualByComparingTo(before.get(invoice).path("balance").decimalValue());
        assertThat(processEvents(after.get(invoice)))
            .as(invoice)
            .isEqualTo(processEvents(before.get(invoice)));
        assertThat(after.get(invoice).path("nextTouchAt"))
            .as(invoice)
            .isEqualTo(before.get(invoice).path("nextTouchAt"));
      }
      assertThat(after.get("BK-1").path("balance").decimalValue()).isEqualByComparingTo("1000");
      assertThat(after.get("BK-1").path("timeline").toString())
          .as("the payment on the timeline")
          .contains("200");
      assertThat(send(port, "second-password", "GET", "/api/cases/BK-1", null, null).statusCode())
          .as("the restored people, not a new first admin")
          .isEqualTo(401);
      assertThat(
              JSON.readTree(
                      send(
                              port,
                              "first-password",
                              "POST",
                              "/api/cases/BK-1/payments",
                              "application/json",
                              "{\"amount\": 200.00, \"entryId\": \"wire-1\"}")
                          .body())
                  .path("recordedAlready")
                  .asBoolean())
          .as("the payment's key came back too")
          .isTrue();
    }
  }

  @Test
  void scheduledBackupsKeepTheNewestAndARestoreIntoAFolderThatHasADatabaseIsRefused()
      throws Exception {
    Path backup;
    try (ConfigurableApplicationContext first = start(original, "first-password")) {
      Instant night = Instant.parse("2026-03-01T02:30:00Z");
      for (int day = 0; day < 3; day++) {
        Clock that = Clock.fixed(night.plus(Duration.ofDays(day)), ZoneOffset.UTC);
        new BackupFiles(first.getBean(BackupWriter.class), that, backups, 2).backUpNow();
      }
      List<Path> kept = BackupFiles.kept(backups);
      assertThat(kept)
          .extracting(f -> f.getFileName().toString())
          .containsExactly(
              "recoup-backup-20260302-023000.zip", "recoup-backup-20260303-023000.zip");
      backup = kept.get(1);
    }

    assertThatThrownBy(
            () -> start(original, "first-password", "--recoup.restore-from=" + backup).close())
        .hasRootCauseInstanceOf(RestoreRefusedException.class)
        .rootCause()
        .hasMessageContaining("already has a Recoup database");
  }

  /** The restored Recoup notes on each open case that it resumed it; the rest must be as it was. */
  private static List<JsonNode> processEvents(JsonNode caseView) {
    return caseView
        .path("timeline")
        .valueStream()
        .filter(event -> !event.path("type").asString().equals("RESUMED_AFTER_RESTART"))
        .toList();
  }

  private static Map<String, JsonNode> awaitCases(int port, String password) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    Map<String, JsonNode> cases = new LinkedHashMap<>();
    while (System.nanoTime() < deadline) {
      for (String invoice : INVOICES) {
        HttpResponse<String> response =
            send(port, password, "GET", "/api/cases/" + invoice, null, null);
        cases.put(invoice, response.statusCode() == 200 ? JSON.readTree(response.body()) : null);
      }
      if (cases.values().stream().allMatch(c -> c != null && !c.path("nextTouchAt").isNull())) {
        return cases;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("cases without a planned touch: " + cases);
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static HttpRequest.Builder request(int port, String password, String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials);
  }

  private static HttpResponse<String> send(
      int port, String password, String method, String path, String type, String body)
      throws Exception {
    HttpRequest.Builder request =
        request(port, password, path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
