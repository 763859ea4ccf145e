package app.recoup.web.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local default run for real: Recoup in its own process on a working folder, killed with
 * SIGKILL (its PostgreSQL survives it, as in reality) and started again at once. The child runs on
 * the wall clock, so the invoices' due dates are set from today's date.
 */
class CrashRestartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @TempDir Path workingFolder;

  private final List<RecoupProcess> started = new ArrayList<>();

  @AfterEach
  void stopEverythingStarted() throws Exception {
    for (RecoupProcess recoup : started) {
      recoup.stop();
    }
    Path pidFile = workingFolder.resolve("recoup-data/postgres/postmaster.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      ProcessHandle.of(pid)
          .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
          .ifPresent(p -> p.destroy());
    }
  }

  private RecoupProcess start(String name, String... settings) throws IOException {
    RecoupProcess recoup = RecoupProcess.start(workingFolder, name, settings);
    started.add(recoup);
    return recoup;
  }

  @Test
  void killedWithSigkillItStartsAgainAtOnceWithEverythingAsItWas() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // No touch falls due while the test runs, so what the first process saw is the whole story.
    String quietDays =
        "--recoup.process.calendar.holidays="
            + today.minusDays(1)
            + ","
            + today
            + ","
            + today.plusDays(1)
            + ","
            + today.plusDays(2);
    RecoupProcess first = start("first", quietDays).awaitUp();
    String csv =
        "invoice_number,customer,email,currency,total,amount_paid,issue_date,due_date,time_zone\n"
            + line("CR-1", "Acme", 1200, today.minusDays(1))
            + line("CR-2", "Globex", 800, today.minusDays(1))
            + line("CR-3", "Initech", 450, today.plusDays(3));
    assertThat(first.post("/api/imports", "text/csv", csv).statusCode()).isEqualTo(201);
    Predicate<JsonNode> planned =
        c -> c.path("status").asString().equals("OPEN") && !c.path("nextTouchAt").isNull();
    awaitCases(first, Map.of("CR-1", planned, "CR-2", planned, "CR-3", planned));
    String payment = "{\"amount\": 200.00, \"entryId\": \"cheque-17\"}";
    assertThat(first.post("/api/cases/CR-1/payments", "application/json", payment).statusCode())
        .isEqualTo(200);
    Map<String, JsonNode> before =
        awaitCases(
            first,
            Map.of(
                "CR-1",
                    planned.and(
                        c ->
                            c.path("balance").decimalValue().compareTo(new BigDecimal("1000"))
                                == 0),
                "CR-2", planned,
                "CR-3", planned));
    long orphan = postmasterPid();

    first.kill();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the killed Recoup's PostgreSQL is still running, as after a real SIGKILL")
        .contains(true);

    RecoupProcess second = start("second", quietDays).awaitUp();

    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
        .as("the orphaned PostgreSQL was stopped")
        .isFalse();
    Predicate<JsonNode> resumed = planned.and(c -> !resumptions(c).isEmpty());
    Map<String, JsonNode> after =
        awaitCases(second, Map.of("CR-1", resumed, "CR-2", resumed, "CR-3", resumed));
    for (String invoice : before.keySet()) {
      awaitWorkflowHistory(second, invoice);
      JsonNode was = before.get(invoice);
      JsonNode is = after.get(invoice);
      assertThat(is.path("status").asString())
          .as(invoice + " status")
          .isEqualTo(was.path("status").asString());
      assertThat(is.path("balance").decimalValue())
          .as(invoice + " balance")
          .isEqualByComparingTo(was.path("balance").decimalValue());
      assertThat(is.path("currentStep").asInt())
          .as(invoice + " step")
          .isEqualTo(was.path("currentStep").asInt());
      assertThat(is.path("nextTouchAt"))
          .as(invoice + " next touch")
          .isEqualTo(was.path("nextTouchAt"));
      assertThat(processEvents(is)).as(invoice + " timeline").isEqualTo(processEvents(was));
      assertThat(resumptions(is))
          .as(invoice + " resumption noted once")
          .containsExactly(
              "Resumed after restart at step 1 (the workflow history starts again here)");
    }
    JsonNode again =
        JSON.readTree(second.post("/api/cases/CR-1/payments", "application/json", payment).body());
    assertThat(again.path("recordedAlready").asBoolean())
        .as("the payment is known after the crash")
        .isTrue();
    assertThat(serverSetting("fsync")).isEqualTo("on");
    assertThat(serverSetting("synchronous_commit")).isEqualTo("on");
  }

  @Test
  void twoStartsAtOnceOnOneFolderLeaveOneRunningAndTheOtherNamesIt() throws Exception {
    RecoupProcess one = start("one");
    RecoupProcess other = start("other");

    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (one.isAlive() && other.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    RecoupProcess refused = one.isAlive() ? other : one;
    RecoupProcess running = refused == one ? other : one;

    assertThat(refused.awaitExit()).as("the refused start's exit code").isNotZero();
    assertThat(refused.output())
        .contains("Another Recoup (PID " + running.pid() + ") is running on");
    running.awaitUp();
    assertThat(Files.readString(workingFolder.resolve("recoup-data/recoup.lock")))
        .isEqualTo(Long.toString(running.pid()));
  }

  private static List<JsonNode> processEvents(JsonNode caseView) {
    return caseView
        .path("timeline")
        .valueStream()
        .filter(event -> !event.path("type").asString().equals("RESUMED_AFTER_RESTART"))
        .toList();
  }

  private static List<String> resumptions(JsonNode caseView) {
    return caseView
        .path("timeline")
        .valueStream()
        .filter(event -> event.path("type").asString().equals("RESUMED_AFTER_RESTART"))
        .map(event -> event.path("details").asString())
        .toList();
  }

  private static String line(String invoice, String customer, int total, LocalDate due) {
    return String.join(
            ",",
            invoice,
            customer,
            customer.toLowerCase() + "@example.com",
            "EUR",
            total + ".00",
            "0",
            due.minusDays(30).toString(),
            due.toString(),
            "UTC")
        + "\n";
  }

  private static Map<String, JsonNode> awaitCases(
      RecoupProcess recoup, Map<String, Predicate<JsonNode>> settled) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Map<String, JsonNode> cases = Map.of();
    while (System.nanoTime() < deadline) {
      cases = new HashMap<>();
      boolean all = true;
      for (String invoice : settled.keySet()) {
        var response = recoup.get("/api/cases/" + invoice);
        JsonNode body = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        cases.put(invoice, body);
        all &= body != null && settled.get(invoice).test(body);
      }
      if (all) {
        return cases;
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("cases did not settle: " + cases + "\n" + recoup.output());
  }

  /**
   * The in-process Temporal forgot every workflow; the admin's history page shows the resumed one.
   */
  private static void awaitWorkflowHistory(RecoupProcess recoup, String invoice) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (recoup.get("/admin/cases/" + invoice + "/history").statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no running workflow for " + invoice + " after the restart\n" + recoup.output());
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(workingFolder.resolve("recoup-data/postgres/postmaster.pid"))
            .get(0)
            .trim());
  }

  /** Asks the running server itself, through the port its lock file records. */
  private String serverSetting(String name) throws Exception {
    String port =
        Files.readAllLines(workingFolder.resolve("recoup-data/postgres/postmaster.pid"))
            .get(3)
            .trim();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
