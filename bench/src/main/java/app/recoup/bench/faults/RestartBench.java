package app.recoup.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A restart of the local mode with a large book: Recoup in its own JVM (local profile, embedded
 * PostgreSQL in a data directory of its own, in-process Temporal), started once to create the
 * schema, the book written into its database with set-based SQL (customers, overdue invoices, their
 * open cases at step 2, so their next touch is days away; one case in a hundred at step 1 with its
 * due-date touch due now, and one in twenty on hold), then stopped and started again. The
 * in-process Temporal forgot every workflow, so the restart resumes every case.
 *
 * <p>The restart prints the time from the process start until health answers 200 and until a
 * signed-in page answers 200, the slowest page answer while cases resume, the time until every case
 * is resumed (its resumption written on its timeline), resident memory at its peak and at rest a
 * little later, and the touches drafted twice (must be 0). {@code -Dsettings=} adds the
 * application's settings to the restart (comma-separated, e.g. {@code
 * recoup.process.start-concurrency=1}); run it on an older build's classpath for the baseline.
 *
 * <pre>./mvnw -q -pl bench -am verify -Pbench -DskipTests -Dbench=faults.RestartBench -Dcases=5000
 * </pre>
 */
public final class RestartBench {

  private static final String ADMIN = "bench@example.com";
  private static final String PASSWORD = "bench-password";
  private static final Duration HEALTH_TARGET = Duration.ofSeconds(20);
  private static final Duration RESUMED_TARGET = Duration.ofMinutes(3);
  private static final Duration PATIENCE = Duration.ofMinutes(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Path folder;
  private final int httpPort;
  private final int dbPort;

  private RestartBench(Path folder) throws IOException {
    this.folder = folder;
    this.httpPort = ChildJvm.freePort();
    this.dbPort = ChildJvm.freePort();
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("cases", 20_000);
    Path folder = Files.createTempDirectory("recoup-restart-bench");
    RestartBench bench = new RestartBench(folder);
    System.out.printf("Restart bench: %,d open cases, data in %s%n", cases, folder);

    ChildJvm first = bench.recoup(List.of(), "first");
    first.start();
    bench.awaitHealth(first);
    try (Connection db = bench.database()) {
      long started = System.nanoTime();
      seed(db, cases);
      System.out.printf("book written in %.1f s%n", seconds(System.nanoTime() - started));
    }
    first.stop();

    List<String> settings =
        System.getProperty("settings", "").isBlank()
            ? List.of()
            : java.util.Arrays.stream(System.getProperty("settings").split(","))
                .map(setting -> "--" + setting.strip())
                .toList();
    Run run = bench.restart("restart", settings, cases);
    boolean pass =
        run.toHealth <= HEALTH_TARGET.toSeconds()
            && run.toPage <= HEALTH_TARGET.toSeconds()
            && run.toResumed <= RESUMED_TARGET.toSeconds()
            && run.doubled == 0;
    System.out.printf(
        "%nRestartBench: %,d open cases%s; health %.1f s, first page %.1f s (slowest page while"
            + " resuming %.2f s), every case resumed %.1f s (%,.0f cases/s), resident %,d MB peak / %,d MB"
            + " at rest, touches drafted twice %d; targets: health and pages <= %d s, all resumed <= %d s"
            + " (100,000 cases), nothing twice: %s; load average %s%n",
        cases,
        settings.isEmpty() ? "" : " " + settings,
        run.toHealth,
        run.toPage,
        run.slowestPage,
        run.toResumed,
        cases / run.toResumed,
        run.peakRssMb,
        run.restRssMb,
        run.doubled,
        HEALTH_TARGET.toSeconds(),
        RESUMED_TARGET.toSeconds(),
        pass ? "PASS" : "FAIL",
        Files.readString(Path.of("/proc/loadavg")).strip());
    System.exit(pass ? 0 : 1);
  }

  record Run(
      double toHealth,
      double toPage,
      double slowestPage,
      double toResumed,
      long peakRssMb,
      long restRssMb,
      long doubled) {}

  /**
   * Starts Recoup again on the book (written while it ran first, so no case had a resumption yet)
   * and watches it until every case is resumed.
   */
  private Run restart(String name, List<String> settings, int cases) throws Exception {
    ChildJvm recoup = recoup(settings, name);
    long started = System.nanoTime();
    recoup.start();
    double toHealth = -1;
    double toPage = -1;
    double toResumed = -1;
    double slowestPage = 0;
    long peakRss = 0;
    Connection db = null;
    try {
      while (toResumed < 0) {
        if (!recoup.isAlive()) {
          throw new IllegalStateException("Recoup exited; see " + recoup.log());
        }
        if (seconds(System.nanoTime() - started) > PATIENCE.toSeconds()) {
          throw new IllegalStateException(
              "cases not resumed after " + PATIENCE + "; see " + recoup.log());
        }
        peakRss = Math.max(peakRss, residentMb(recoup.pid()));
        if (toHealth < 0 && answers("/actuator/health", false)) {
          toHealth = seconds(System.nanoTime() - started);
        }
        long asked = System.nanoTime();
        if (answers("/", true)) {
          double took = seconds(System.nanoTime() - asked);
          if (toPage < 0) {
            toPage = seconds(System.nanoTime() - started);
          } else {
            slowestPage = Math.max(slowestPage, took);
          }
        }
        if (toPage >= 0) {
          if (db == null) {
            db = database();
          }
          if (resumptions(db) >= cases) {
            toResumed = seconds(System.nanoTime() - started);
          }
        }
        Thread.sleep(250);
      }
      Thread.sleep(20_000);
      long restRss = residentMb(recoup.pid());
      long doubled = doubledTouches(db);
      System.out.printf(
          "%s: health %.1f s, page %.1f s (slowest after %.2f s), all %,d resumed %.1f s,"
              + " resident %,d MB peak / %,d MB at rest, touches twice %d%n",
          name, toHealth, toPage, slowestPage, cases, toResumed, peakRss, restRss, doubled);
      return new Run(toHealth, toPage, slowestPage, toResumed, peakRss, restRss, doubled);
    } finally {
      if (db != null) {
        db.close();
      }
      recoup.stop();
    }
  }

  private ChildJvm recoup(List<String> settings, String name) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=local",
                "--server.port=" + httpPort,
                "--RECOUP_DATA_DIR=" + folder,
                "--RECOUP_DB_PORT=" + dbPort,
                "--RECOUP_ADMIN_EMAIL=" + ADMIN,
                "--RECOUP_ADMIN_PASSWORD=" + PASSWORD,
                "--logging.level.root=warn"));
    arguments.addAll(settings);
    return new ChildJvm(
        folder.resolve(name + ".log"), "app.recoup.web.RecoupApplication", arguments);
  }

  private void awaitHealth(ChildJvm recoup) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!answers("/actuator/health", false)) {
      if (!recoup.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("Recoup did not start; see " + recoup.log());
      }
      Thread.sleep(250);
    }
  }

  private boolean answers(String path, boolean signedIn) throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (signedIn) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notAnswering) {
      return false;
    }
  }

  private Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "");
  }

  /**
   * Customers (a fifth trusted for auto-send) with a billing contact, overdue invoices due 0 to 2
   * days ago, each with its case at step 2 (the default cadence's next step is 3 days after the due
   * date); every hundredth case at step 1, its due-date touch due now; every twentieth on hold.
   */
  private static void seed(Connection db, int cases) throws SQLException {
    int customers = Math.max(10, cases / 50);
    try (Statement sql = db.createStatement()) {
      sql.execute(
          """
          insert into customer (name, time_zone, trusted_for_auto_send)
          select 'Restart customer ' || g, 'UTC', g %% 5 = 0 from generate_series(0, %d) g
          """
              .formatted(customers - 1));
      sql.execute(
          """
          insert into customer_contact (customer_id, position, name, email)
          select id, 0, 'Accounts', 'ap-' || id || '@customer.example' from customer
          """);
      sql.execute(
          """
          insert into invoice (number, customer_id, currency, total, issue_date, due_date)
          select 'R' || lpad(g::text, 8, '0'), c0.first + g %% %d, 'EUR', 100 + g %% 900,
                 current_date - 30 - g %% 3, current_date - g %% 3
            from generate_series(0, %d) g cross join (select min(id) as first from customer) c0
          """
              .formatted(customers, cases - 1));
      sql.execute(
          """
          insert into collection_case (invoice_id, workflow_id, status, current_step, pause_reason, opened_at)
          select i.id, 'invoice-' || i.number,
                 case when i.id % 20 = 0 then 'PAUSED' else 'OPEN' end,
                 case when i.id % 100 = 1 then 1 else 2 end,
                 case when i.id % 20 = 0 then 'Restart bench hold' end,
                 now() - interval '6 days'
            from invoice i where i.number like 'R%'
          """);
      sql.execute("vacuum analyze");
    }
  }

  private static long resumptions(Connection db) throws SQLException {
    return count(db, "select count(*) from timeline_event where type = 'RESUMED_AFTER_RESTART'");
  }

  private static long doubledTouches(Connection db) throws SQLException {
    return count(
        db,
        "select count(*) from (select 1 from touch group by case_id, step having count(*) > 1) d");
  }

  private static long count(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static long residentMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException gone) {
      // the process ended between two samples
    }
    return 0;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
