package app.recoup.bench.faults;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A month of collections under faults: PostgreSQL (embedded, in this process, so it outlives every
 * kill), the Temporal test server and Recoup each in their own JVM. Recoup is killed with SIGKILL
 * at seeded random moments while the month's requests are in flight, the Temporal server now and
 * then too; each is started again and the invariants are counted after every restart and at the
 * end. Then the fuzz pass. Exits 1 when any figure is not 0.
 *
 * <p>{@code -Dcases=500 -Dkills=20 -DtemporalKills=4 -Dfuzz=10000 -Dseed=1}
 */
public final class FaultHarness {

  private static final Duration SETTLE = Duration.ofSeconds(120);
  private static final Duration RECHECK = Duration.ofSeconds(10);

  private FaultHarness() {}

  public static void main(String[] args) throws Exception {
    Settings settings =
        new Settings(
            Integer.getInteger("cases", 500),
            Integer.getInteger("kills", 20),
            Integer.getInteger("temporalKills", 4),
            Integer.getInteger("fuzz", 10_000),
            Long.getLong("seed", 1L));
    int failures = run(settings, Files.createTempDirectory("recoup-faults"));
    System.exit(failures == 0 ? 0 : 1);
  }

  record Settings(int cases, int kills, int temporalKills, int fuzzInputs, long seed) {}

  /** Runs the whole harness; answers how many figures were not 0. */
  static int run(Settings settings, Path folder) throws Exception {
    System.out.printf(
        "Fault harness: %d cases, %d kills of Recoup (%d with the Temporal server), %d fuzz inputs,"
            + " seed %d, logs in %s%n",
        settings.cases(),
        settings.kills(),
        settings.temporalKills(),
        settings.fuzzInputs(),
        settings.seed(),
        folder);
    Random random = new Random(settings.seed());
    TreeSet<Integer> temporalKills = new TreeSet<>();
    while (temporalKills.size() < Math.min(settings.temporalKills(), settings.kills())) {
      temporalKills.add(1 + random.nextInt(settings.kills()));
    }
    int failures = 0;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection db = postgres.getPostgresDatabase().getConnection()) {
      TemporalServer temporal = new TemporalServer(folder);
      temporal.start();
      WorkflowServiceStubs temporalClient = temporal.connect();
      Recoup recoup =
          new Recoup(folder, postgres.getJdbcUrl("postgres", "postgres"), temporal.port());
      try {
        recoup.start();
        Month month = new Month(settings.seed(), recoup);
        month.importInvoices(settings.cases());
        int actionsBetweenKills = Math.max(5, settings.cases() * 2 / (settings.kills() + 1));
        for (int kill = 1; kill <= settings.kills(); kill++) {
          // the kill lands at a seeded action, within 200 ms: while that action's requests are in
          // flight
          int killAt = random.nextInt(actionsBetweenKills);
          int acted = 0;
          while (acted < killAt) {
            month.act();
            acted++;
          }
          Thread killer = killLater(recoup, random.nextInt(200));
          while (killer.isAlive()) {
            month.act();
            acted++;
          }
          killer.join();
          boolean temporalToo = temporalKills.contains(kill);
          if (temporalToo) {
            temporal.kill();
            temporal.start();
          }
          recoup.start();
          month.redeliver();
          System.out.printf(
              "kill %d%s after %d actions; restarted%n",
              kill, temporalToo ? " (and Temporal)" : "", acted);
          failures += report("after restart " + kill, settle(db, temporalClient, month));
        }
        for (int i = 0; i < actionsBetweenKills; i++) {
          month.act();
        }
        month.redeliver();
        for (int again = 0; again < 3 && month.unansweredCommands() > 0; again++) {
          Thread.sleep(RECHECK.toMillis());
          month.redeliver();
        }
        Map<String, Long> end = new LinkedHashMap<>(settle(db, temporalClient, month));
        end.put(
            "open cases whose workflow does not answer a query within 5 s",
            Invariants.unanswering(db, temporalClient));
        end.put(
            "requests a running Recoup did not answer within " + Recoup.PATIENCE.toSeconds() + " s",
            recoup.unanswered());
        end.put(
            "commands without an answer after every retry (none, or 5xx)",
            (long) month.unansweredCommands());
        end.put(
            "answers 500 during the month (a busy database or a slow case is a 503 or 504)",
            month.internalErrors);
        failures += report("at the end of the month", end);
        System.out.println("The month: " + Invariants.activity(db));
        System.out.printf(
            "requests %d, answered 5xx during the month %d (504: a case that did not answer in time, sent"
                + " again with its key; 502/503: Recoup starting or dying)%n",
            month.requests, month.serverErrors);
        System.out.printf(
            "commands (approvals, promises, disputes): %d taken, %d refused (409/422: the case was not in a"
                + " state to take them), %d sent again after no answer or a 5xx%n",
            month.commandsTaken, month.commandsRefused, month.commandsSentAgain);
        if (settings.fuzzInputs() > 0) {
          failures +=
              report(
                  "fuzz pass",
                  new FuzzPass(settings.seed(), recoup, db).run(settings.fuzzInputs()));
        }
      } finally {
        recoup.stop();
        temporal.stop();
        temporalClient.shutdownNow();
      }
    }
    return failures;
  }

  private static Thread killLater(Recoup recoup, int millis) {
    Thread killer =
        new Thread(
            () -> {
              try {
                Thread.sleep(millis);
                recoup.kill();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "killer");
    killer.start();
    return killer;
  }

  /** Lets the relay and the payment sweeper finish what they hold, then counts. */
  private static Map<String, Long> settle(Connection db, WorkflowServiceStubs temporal, Month month)
      throws Exception {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (Invariants.inFlight(db) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    Map<String, Long> figures =
        Invariants.count(db, temporal, month.acceptedPayments(), month.acceptedDisputes());
    // a case reopened by a refund a moment ago may still be starting its workflow: "within seconds"
    for (int again = 0;
        again < 3 && figures.values().stream().anyMatch(value -> value != 0);
        again++) {
      Thread.sleep(RECHECK.toMillis());
      figures = Invariants.count(db, temporal, month.acceptedPayments(), month.acceptedDisputes());
    }
    return figures;
  }

  private static int report(String when, Map<String, Long> figures) {
    System.out.println("Figures " + when + ":");
    figures.forEach((name, value) -> System.out.printf("  %-100s %d%n", name, value));
    return (int) figures.values().stream().filter(value -> value != 0).count();
  }
}
