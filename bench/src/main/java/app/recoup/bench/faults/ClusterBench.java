package app.recoup.bench.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recoup as a cluster on this machine: PostgreSQL (embedded, in this process), the Temporal test
 * server in a JVM of its own, and three processes of the real runnable jar in the prod profile: one
 * {@code web} and two {@code worker}s sending to an SMTP server (GreenMail, in this process).
 * Imports cases through the web replica (every customer trusted for auto-send, so each case sends
 * its catch-up touch at once), SIGKILLs one worker a third of the way through (the test: sooner),
 * and counts: touches settled per second with two workers and with one, workflow and activity tasks
 * per worker, touches neither sent nor handed to a person, and messages delivered more than once
 * (by Message-ID at the SMTP server, by key in the outbox), with the fault harness's other
 * invariants. A quarter as many cases of untrusted customers wait with a draft; after the kill they
 * are approved through web (each approval sent twice with one Idempotency-Key) and each must reach
 * its customer once. The payment-notification sweep, whose timer fires in every process, must have
 * run at most once per period; worker-2's /actuator/prometheus is read for its series. Exits 1 when
 * any figure is not 0. ClusterProcessesTest runs it small in every build.
 *
 * <p>{@code -Dcases=300 -Djar=web/target/recoup-web-0.1.0-SNAPSHOT-exec.jar}
 */
public final class ClusterBench {

  private static final Duration PATIENCE = Duration.ofMinutes(6);
  private static final String HEADER =
      "invoice_number,customer,email,currency,total,issue_date,due_date,time_zone\n";

  private static final String CATCH_UP_TOUCHES =
      """
      select count(*) from touch t join collection_case c on c.id = t.case_id
        join invoice i on i.id = c.invoice_id
      where i.number like 'CB-%' and i.number not like 'CB-FUTURE-%'""";

  private static final String REVIEWED_ADDRESS = "ar%d@reviewed.test";
  private static final String REVIEWED_TOUCHES =
      """
      select count(*) from touch t join collection_case c on c.id = t.case_id
        join invoice i on i.id = c.invoice_id
      where i.number like 'CR-%'""";

  private static final String SWEEP_RUNS =
      "select coalesce((select runs from job_lease where job = 'payment-notification-sweep'), 0)";

  private ClusterBench() {}

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("cases", 300);
    Path jar = runnableJar();
    Path folder = Files.createTempDirectory("recoup-cluster");
    System.exit(run(cases, cases / 3, jar, folder).clean() ? 0 : 1);
  }

  /** Workflow and activity tasks one worker process started. */
  record Tasks(int workflow, int activity) {

    @Override
    public String toString() {
      return workflow + " workflow tasks, " + activity + " activity tasks";
    }
  }

  /**
   * What a run counted (the bench prints it, ClusterProcessesTest asserts on it): catch-up touches
   * settled before worker-1 was killed and in all, tasks per worker, runs of the
   * payment-notification sweep across the three processes, the series worker-2 serves at
   * /actuator/prometheus, and figures that must be 0.
   */
  record Outcome(
      int cases,
      long settledBeforeKill,
      long settled,
      Map<String, Tasks> tasksPerWorker,
      long sweepRuns,
      Set<String> survivorSeries,
      Map<String, Long> figures) {

    boolean clean() {
      return figures.values().stream().allMatch(value -> value == 0);
    }
  }

  /**
   * Runs the cluster; worker-1 is SIGKILLed once {@code killAfter} catch-up touches are settled.
   */
  static Outcome run(int cases, int killAfter, Path jar, Path folder) throws Exception {
    System.out.printf(
        "Cluster bench: %d cases, 1 web + 2 worker processes of %s (%,d bytes), logs in %s%n",
        cases, jar, Files.size(jar), folder);
    GreenMail smtp = smtpServer();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection db = postgres.getPostgresDatabase().getConnection()) {
      TemporalServer temporal = new TemporalServer(folder);
      temporal.start();
      WorkflowServiceStubs temporalClient = temporal.connect();
      String jdbc = postgres.getJdbcUrl("postgres", "postgres");
      List<String> sending =
          List.of(
              "--spring.mail.host=127.0.0.1",
              "--spring.mail.port=" + smtp.getSmtp().getPort(),
              "--recoup.business.from=billing@cluster.test",
              "--RECOUP_REVIEW_UNTIL=2020-01-01",
              // a send the killed worker left in flight is handed to a person after this, never
              // repeated
              "--recoup.outbox.in-flight-lease=PT30S",
              // the test server never moves a task off a dead worker's sticky queue (a cluster
              // does)
              "--RECOUP_WORKER_STICKY_TIMEOUT=PT0S");
      Recoup web =
          new Recoup(folder, "web", jar, jdbc, temporal.port(), List.of("--RECOUP_ROLES=web"));
      Map<String, Recoup> workers = new LinkedHashMap<>();
      for (String name : List.of("worker-1", "worker-2")) {
        workers.put(
            name,
            new Recoup(
                folder,
                name,
                jar,
                jdbc,
                temporal.port(),
                concat(sending, "--RECOUP_ROLES=worker")));
      }
      try {
        long booting = System.nanoTime();
        web.start();
        Recoup.startTogether(workers.values());
        System.out.printf("web and workers up after %.1f s%n", seconds(booting));
        Map<Long, String> workerByPid = new HashMap<>();
        workers.forEach((name, worker) -> workerByPid.put(worker.pid(), name));

        long sweepsBefore = Invariants.single(db, SWEEP_RUNS);
        long watching = System.nanoTime();
        importTrustedCases(web, db, cases);
        int reviewed = Math.max(1, cases / 4);
        importReviewedCases(web, reviewed);
        long start = System.nanoTime();
        long beforeKill = awaitSettled(db, killAfter, start);
        double killedAt = seconds(start);
        workers.get("worker-1").kill();
        System.out.printf(
            "SIGKILLed worker-1 after %.1f s with %d of %d touches sent%n",
            killedAt, beforeKill, cases);
        long settled = awaitSettled(db, cases, start);
        double done = seconds(start);
        long sent = Invariants.single(db, CATCH_UP_TOUCHES + " and t.status = 'SENT'");

        System.out.printf(
            "catch-up touches settled: %d of %d in %.1f s (%d sent); with two workers %.1f/s"
                + " (%d in %.1f s), after the kill with one %.1f/s (%d in %.1f s, including the killed"
                + " worker's timeouts)%n",
            settled,
            cases,
            done,
            sent,
            beforeKill / killedAt,
            beforeKill,
            killedAt,
            (settled - beforeKill) / (done - killedAt),
            settled - beforeKill,
            done - killedAt);
        long drafted =
            await(db, REVIEWED_TOUCHES + " and t.status = 'DRAFTED'", reviewed, System.nanoTime());
        long approvalsRefused = approveDrafts(web);
        long approvedSent =
            await(db, REVIEWED_TOUCHES + " and t.status = 'SENT'", drafted, System.nanoTime());
        System.out.printf(
            "%d drafts of customers not trusted for auto-send approved through web (each twice with one"
                + " key), %d of them sent, by worker-2 alone%n",
            drafted, approvedSent);
        Map<String, Tasks> tasks = tasksPerWorker(temporalClient, db, workerByPid);
        tasks.forEach((worker, counted) -> System.out.printf("  %-10s %s%n", worker, counted));
        long sweeps = Invariants.single(db, SWEEP_RUNS) - sweepsBefore;
        double watched = seconds(watching);
        long periods = (long) (watched / Recoup.PAYMENT_SWEEP.toSeconds());
        System.out.printf(
            "payment-notification sweep: %d runs in %.1f s across the three processes (period %d s)%n",
            sweeps, watched, Recoup.PAYMENT_SWEEP.toSeconds());
        Set<String> series = series(workers.get("worker-2").get("/actuator/prometheus"));
        System.out.printf(
            "worker-2 serves %d series at /actuator/prometheus, %d of them Temporal's, %d Recoup's%n",
            series.size(),
            series.stream().filter(name -> name.startsWith("temporal_")).count(),
            series.stream().filter(name -> name.startsWith("recoup_")).count());
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put(
            "cases whose catch-up touch was neither sent nor handed to a person", cases - settled);
        // n runs a period apart span (n - 1) periods, and the first may have read its clock just
        // before the count began: more than periods + 2 means two replicas ran in one period
        figures.put(
            "payment-notification sweeps beyond one per period across the processes",
            Math.max(0, sweeps - (periods + 2)));
        figures.put(
            "messages the SMTP server received more than once (same Message-ID)", duplicates(smtp));
        figures.put(
            "drafts of customers not trusted for auto-send never drafted", reviewed - drafted);
        figures.put(
            "approvals through web not answered 2xx (first or sent again with its key)",
            approvalsRefused);
        figures.put("approved drafts not sent", drafted - approvedSent);
        figures.put(
            "messages to a reviewed customer beyond the one approved", repeatedToReviewed(smtp));
        figures.putAll(Invariants.count(db, temporalClient, Set.of(), Map.of()));
        System.out.printf(
            "SMTP server received %d messages; %d sends were in flight when the worker died"
                + " (outbox UNCONFIRMED: never sent again, a person checks)%n",
            smtp.getReceivedMessages().length,
            Invariants.single(
                db, "select count(*) from outbox_message where status = 'UNCONFIRMED'"));
        figures.forEach((name, value) -> System.out.printf("  %-100s %d%n", name, value));
        return new Outcome(cases, beforeKill, settled, tasks, sweeps, series, figures);
      } finally {
        for (Recoup worker : workers.values()) {
          worker.stop();
        }
        web.stop();
        temporal.stop();
        temporalClient.shutdownNow();
        smtp.stop();
      }
    }
  }

  /**
   * Customers come with a first invoice not yet due, are trusted for auto-send, then their overdue
   * invoices (one each, due 7 to 40 days ago) are imported: every case sends the step its age
   * deserves at once, and no customer's one-touch-a-day rule holds another case back.
   */
  private static void importTrustedCases(Recoup web, Connection db, int cases) throws Exception {
    LocalDate today = LocalDate.now();
    importInBatches(web, cases, i -> row("CB-FUTURE-" + i, i, today.plusDays(90)));
    try (PreparedStatement trust =
        db.prepareStatement(
            "update customer set trusted_for_auto_send = true where name like 'Cluster customer %'")) {
      trust.executeUpdate();
    }
    importInBatches(web, cases, i -> row("CB-" + i, i, today.minusDays(7 + i % 34)));
  }

  private static String row(String number, int i, LocalDate due) {
    return row(number, "Cluster customer " + i, "ap" + i + "@customer.test", due);
  }

  private static String row(String number, String customer, String email, LocalDate due) {
    return String.join(
            ",",
            number,
            customer,
            email,
            "EUR",
            "1000.00",
            due.minusDays(30).toString(),
            due.toString(),
            "UTC")
        + "\n";
  }

  /**
   * Cases of customers not trusted for auto-send: each drafts its first touch and waits for a
   * person. Their invoices (CR-) are not among the catch-up touches the bench times.
   */
  private static void importReviewedCases(Recoup web, int reviewed) throws Exception {
    LocalDate today = LocalDate.now();
    importInBatches(
        web,
        reviewed,
        i ->
            row(
                "CR-" + i,
                "Reviewed customer " + i,
                REVIEWED_ADDRESS.formatted(i),
                today.minusDays(10)));
  }

  /**
   * Approves through {@code web} every draft waiting, each twice with one Idempotency-Key (a client
   * sending again after a lost answer); answers how many approvals were not answered 2xx.
   */
  private static long approveDrafts(Recoup web) throws Exception {
    Recoup.Answer drafts = web.get("/api/drafts");
    if (!drafts.ok()) {
      throw new IllegalStateException("drafts not listed: " + drafts);
    }
    long refused = 0;
    Matcher ids = Month.DRAFT_ID.matcher(drafts.body());
    while (ids.find()) {
      String path = "/api/drafts/" + ids.group(1) + "/approve";
      for (int attempt = 0; attempt < 2; attempt++) {
        Recoup.Answer answer = web.command(path, "", "cluster-approve-" + ids.group(1));
        if (!answer.ok()) {
          refused++;
          System.out.println("  approval not taken: " + path + " " + answer);
        }
      }
    }
    return refused;
  }

  /** Messages each reviewed customer's address received beyond the one its approved draft sends. */
  private static long repeatedToReviewed(GreenMail smtp) throws MessagingException {
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      for (Address to : message.getAllRecipients()) {
        if (to.toString().endsWith("@reviewed.test")) {
          received.merge(to.toString(), 1, Integer::sum);
        }
      }
    }
    return received.values().stream().mapToLong(count -> count - 1).sum();
  }

  private static void importInBatches(
      Recoup web, int cases, java.util.function.IntFunction<String> row) throws Exception {
    for (int from = 0; from < cases; from += 25) {
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = from; i < Math.min(cases, from + 25); i++) {
        csv.append(row.apply(i));
      }
      Recoup.Answer answer = web.post("/api/imports", "text/csv", csv.toString());
      if (!answer.ok()) {
        throw new IllegalStateException("import refused: " + answer);
      }
    }
  }

  /**
   * Waits until {@code wanted} catch-up touches are settled: sent, or (in flight when a worker
   * died) handed to a person as unconfirmed; returns how many are, when done or after {@link
   * #PATIENCE}.
   */
  private static long awaitSettled(Connection db, long wanted, long start) throws Exception {
    return await(
        db, CATCH_UP_TOUCHES + " and t.status in ('SENT', 'FAILED', 'SKIPPED')", wanted, start);
  }

  /**
   * Waits until the count {@code sql} answers reaches {@code wanted}, or {@link #PATIENCE} after
   * start.
   */
  private static long await(Connection db, String sql, long wanted, long start) throws Exception {
    long deadline = start + PATIENCE.toNanos();
    long done = Invariants.single(db, sql);
    while (done < wanted && System.nanoTime() < deadline) {
      Thread.sleep(200);
      done = Invariants.single(db, sql);
    }
    return done;
  }

  /** Workflow and activity tasks each worker process started, from the cases' histories. */
  private static Map<String, Tasks> tasksPerWorker(
      WorkflowServiceStubs temporal, Connection db, Map<Long, String> workerByPid)
      throws SQLException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    workerByPid.values().stream().sorted().forEach(name -> counts.put(name, new int[2]));
    List<String> invoices = new ArrayList<>();
    try (PreparedStatement query =
            db.prepareStatement(
                "select i.number from collection_case c join invoice i on i.id = c.invoice_id where i.number like 'CB-%'");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        invoices.add(rs.getString(1));
      }
    }
    for (String invoice : invoices) {
      for (HistoryEvent event : history(temporal, "invoice-" + invoice)) {
        String identity =
            event.hasWorkflowTaskStartedEventAttributes()
                ? event.getWorkflowTaskStartedEventAttributes().getIdentity()
                : event.hasActivityTaskStartedEventAttributes()
                    ? event.getActivityTaskStartedEventAttributes().getIdentity()
                    : null;
        if (identity == null || !identity.matches("\\d+@.*")) {
          continue;
        }
        String worker =
            workerByPid.get(Long.parseLong(identity.substring(0, identity.indexOf('@'))));
        if (worker != null) {
          counts.get(worker)[event.hasWorkflowTaskStartedEventAttributes() ? 0 : 1]++;
        }
      }
    }
    Map<String, Tasks> tasks = new LinkedHashMap<>();
    counts.forEach((worker, n) -> tasks.put(worker, new Tasks(n[0], n[1])));
    return tasks;
  }

  private static List<HistoryEvent> history(WorkflowServiceStubs temporal, String workflowId) {
    List<HistoryEvent> events = new ArrayList<>();
    com.google.protobuf.ByteString page = com.google.protobuf.ByteString.EMPTY;
    do {
      var response =
          temporal
              .blockingStub()
              .getWorkflowExecutionHistory(
                  GetWorkflowExecutionHistoryRequest.newBuilder()
                      .setNamespace("default")
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                      .setNextPageToken(page)
                      .build());
      events.addAll(response.getHistory().getEventsList());
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return events;
  }

  /** The series' names in a Prometheus scrape ({@code name{labels} value}, comments left out). */
  private static Set<String> series(Recoup.Answer scrape) {
    if (!scrape.ok()) {
      throw new IllegalStateException("/actuator/prometheus answered " + scrape.status());
    }
    return scrape
        .body()
        .lines()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("[{ ]", 2)[0])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static long duplicates(GreenMail smtp) throws MessagingException {
    Set<String> seen = new HashSet<>();
    long twice = 0;
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (!seen.add(message.getMessageID())) {
        twice++;
      }
    }
    return twice;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static List<String> concat(List<String> first, String more) {
    return Stream.concat(first.stream(), Stream.of(more)).toList();
  }

  /**
   * GreenMail on its own threads, outside the thread group Maven's exec plugin watches: the SMTP
   * session of the worker SIGKILLed mid-message ends in a reset connection, which GreenMail's
   * handler thread throws and the plugin would take for the bench failing.
   */
  private static GreenMail smtpServer() throws InterruptedException {
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    ThreadGroup outside =
        new ThreadGroup(Thread.currentThread().getThreadGroup().getParent(), "smtp");
    Thread starter = new Thread(outside, smtp::start, "smtp-start");
    starter.start();
    starter.join();
    return smtp;
  }

  /** {@code -Djar=...}, else the web module's runnable jar beside this checkout. */
  static Path runnableJar() throws IOException {
    String given = System.getProperty("jar");
    if (given != null) {
      return Path.of(given);
    }
    Path target =
        Path.of(System.getProperty("maven.multiModuleProjectDirectory", "."), "web", "target");
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no runnable jar in " + target + ": build it first"));
    }
  }
}
