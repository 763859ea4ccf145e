package app.recoup.bench;

import app.recoup.api.cases.CaseOpener;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CaseCommands.DraftKey;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceTerms;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * How late touches go out on the wall clock, in the running application (local mode: in-process
 * Temporal, embedded PostgreSQL, the local outbox). {@code -Dcases=2000} cases of auto-send
 * customers whose only touch falls due at the same instant: sent time minus planned time, p50 / p99
 * / max, beside the same number of bare workflows sleeping until one instant and calling a no-op
 * activity, in the same run (target p99 at most 5 s, max at most 30 s). Then {@code
 * -Dapprovals=500} drafts approved at once, as the approval inbox's bulk approval does (several at
 * once, {@code recoup.process.bulk-concurrency}): the time from the bulk approval's start and from
 * each approval until its message left the outbox (target p99 at most 5 s), and that each was sent
 * once.
 */
public final class TouchLatenessBench {

  private static final String ADMIN = "bench@localhost";
  private static final String PASSWORD = "bench-password";
  private static final String BARE_QUEUE = "bench-bare-touch";
  private static final Duration LEAD = Duration.ofSeconds(Long.getLong("lead", 150));
  private static final Duration PATIENCE = Duration.ofMinutes(15);

  private TouchLatenessBench() {}

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("cases", 2_000);
    int approvals = Integer.getInteger("approvals", 500);
    try (ConfigurableApplicationContext context =
        BenchApplication.start(
            "recoup.admin.email=" + ADMIN,
            "recoup.admin.password=" + PASSWORD,
            // a fresh installation has every touch approved by a person for its first 30 days
            "recoup.process.review-until=2000-01-01",
            // the touches fall due whenever the bench runs
            "recoup.process.calendar.opens=00:00",
            "recoup.process.calendar.closes=23:59:59",
            "recoup.process.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      System.out.printf(
          "Touch lateness bench: %,d touches due at one instant, %,d drafts approved at once; load average %s%n",
          cases, approvals, loadAverage());

      Lateness bare = bareTouches(context.getBean(WorkflowClient.class), cases);
      bare.print("bare workflow, timer + no-op activity");

      // the cases' start (their first workflow tasks) is over long before their touch is due
      Instant due = nextMinute(LEAD.multipliedBy(2));
      policy(port, "default", due);
      openCases(context, cases, true, "default");
      Lateness real = sent(jdbc, cases, "default", due);
      real.print("Recoup touch, planned -> sent");
      stages(jdbc, "default");
      System.out.printf(
          "touch p99 %.2f s (target at most 5 s): %s; max %.2f s (target at most 30 s): %s%n",
          real.p(99),
          real.p(99) <= 5 ? "PASS" : "FAIL",
          real.max(),
          real.max() <= 30 ? "PASS" : "FAIL");

      if (approvals > 0) {
        Instant draftsDue = nextMinute(LEAD);
        policy(port, "approvals", draftsDue);
        openCases(context, approvals, false, "approvals");
        awaitDrafts(jdbc, approvals);
        Instant bulk = Instant.now();
        approveAll(context, jdbc);
        Instant approvedAll = Instant.now();
        Lateness fromBulk = sentAfter(jdbc, approvals, bulk);
        System.out.printf(
            "bulk approval of %,d drafts took %.1f s%n",
            approvals, Duration.between(bulk, approvedAll).toMillis() / 1000.0);
        fromBulk.print("bulk approval start -> sent");
        Lateness fromOwn = fromApproval(jdbc);
        fromOwn.print("each approval -> sent");
        long twice =
            jdbc.sql(
                    "select count(*) from (select idempotency_key from outbox_message group by 1 having count(*) > 1) d")
                .query(Long.class)
                .single();
        long sentTouches =
            jdbc.sql("select count(*) from touch where status = 'SENT'").query(Long.class).single();
        long sentMessages =
            jdbc.sql("select count(*) from outbox_message where status = 'SENT'")
                .query(Long.class)
                .single();
        System.out.printf(
            "approved touches p99 %.2f s from the bulk approval (target at most 5 s): %s%n",
            fromBulk.p(99), fromBulk.p(99) <= 5 ? "PASS" : "FAIL");
        System.out.printf(
            "touches sent %,d of %,d, messages that left the outbox %,d, keys sent twice %d: %s%n",
            sentTouches,
            cases + approvals,
            sentMessages,
            twice,
            sentTouches == cases + approvals && sentMessages == sentTouches && twice == 0
                ? "PASS"
                : "FAIL");
      }
      System.out.printf("load average at the end %s%n", loadAverage());
    }
  }

  /** Lateness in seconds, sorted. */
  record Lateness(double[] seconds) {

    double p(double percent) {
      int index = (int) Math.ceil(percent / 100.0 * seconds.length) - 1;
      return seconds[Math.max(0, index)];
    }

    double max() {
      return seconds[seconds.length - 1];
    }

    void print(String what) {
      System.out.printf(
          "%-40s %,6d   p50 %7.2f s   p99 %7.2f s   max %7.2f s%n",
          what, seconds.length, p(50), p(99), max());
    }

    static Lateness of(List<Double> values) {
      return new Lateness(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }
  }

  private static Lateness bareTouches(WorkflowClient client, int count)
      throws InterruptedException {
    ConcurrentLinkedQueue<Double> late = new ConcurrentLinkedQueue<>();
    WorkerFactory factory = WorkerFactory.newInstance(client);
    // as the application's collections worker (recoup-workers.yml)
    Worker worker =
        factory.newWorker(
            BARE_QUEUE,
            WorkerOptions.newBuilder()
                .setMaxConcurrentWorkflowTaskPollers(5)
                .setMaxConcurrentActivityTaskPollers(5)
                .setMaxConcurrentWorkflowTaskExecutionSize(200)
                .setMaxConcurrentActivityExecutionSize(200)
                .build());
    worker.registerWorkflowImplementationTypes(BareTouch.Impl.class);
    worker.registerActivitiesImplementations(
        (BareTouch.Noted) dueMillis -> late.add((System.currentTimeMillis() - dueMillis) / 1000.0));
    factory.start();
    try {
      Instant due = nextMinute(LEAD);
      String run = Long.toString(System.nanoTime(), 36);
      for (int i = 0; i < count; i++) {
        BareTouch stub =
            client.newWorkflowStub(
                BareTouch.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(BARE_QUEUE)
                    .setWorkflowId("bare-" + run + "-" + i)
                    .build());
        WorkflowClient.start(stub::run, due.toEpochMilli());
      }
      System.out.printf("%,d bare workflows started, due at %s%n", count, due);
      long giveUp = System.nanoTime() + PATIENCE.toNanos();
      while (late.size() < count && System.nanoTime() < giveUp) {
        Thread.sleep(200);
      }
      return Lateness.of(new ArrayList<>(late));
    } finally {
      factory.shutdownNow();
    }
  }

  /** The next whole minute at least {@code lead} from now. */
  private static Instant nextMinute(Duration lead) {
    return Instant.now().plus(lead).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
  }

  /** One step, on the due date at {@code due}'s time of day (UTC, the customers' zone). */
  private static void policy(int port, String name, Instant due) throws Exception {
    String time = due.atOffset(ZoneOffset.UTC).toLocalTime().toString();
    String body = "{\"touchTime\": \"" + time + "\", \"steps\": [{\"offsetDays\": 0}]}";
    HttpResponse<String> saved =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/policies/" + name))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (saved.statusCode() / 100 != 2) {
      throw new IllegalStateException("policy " + name + " refused: " + saved.body());
    }
  }

  /** One customer per invoice (one touch a day each), due today in UTC; their cases started. */
  private static void openCases(
      ConfigurableApplicationContext context, int count, boolean trusted, String segment) {
    CustomerRepository customers = context.getBean(CustomerRepository.class);
    InvoiceRepository invoices = context.getBean(InvoiceRepository.class);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String run = Long.toString(System.nanoTime(), 36);
    List<Long> ids =
        IntStream.range(0, count)
            .mapToObj(
                i -> {
                  Customer customer = new Customer("Lateness " + run + "-" + i, ZoneOffset.UTC);
                  customer.setTrustedForAutoSend(trusted);
                  customer.setSegment(segment);
                  customer.addContact(
                      Contact.billing("Accounts", "ap-" + run + "-" + i + "@example.com", null),
                      true);
                  customer = customers.save(customer);
                  return invoices
                      .save(
                          new Invoice(
                              "LATE-" + run + "-" + i,
                              customer.getId(),
                              new InvoiceTerms(
                                  "EUR",
                                  new BigDecimal("100.00"),
                                  BigDecimal.ZERO,
                                  today.minusDays(30),
                                  today,
                                  null)))
                      .getId();
                })
            .toList();
    long start = System.nanoTime();
    context.getBean(CaseOpener.class).sync(ids);
    System.out.printf(
        "%,d %s cases opened in %.1f s%n",
        count, trusted ? "auto-send" : "approval", (System.nanoTime() - start) / 1e9);
  }

  private static Lateness sent(JdbcClient jdbc, int count, String segment, Instant due)
      throws InterruptedException {
    System.out.printf("%,d touches due at %s%n", count, due);
    awaitSent(jdbc, count);
    return Lateness.of(
        jdbc.sql(
                """
            select extract(epoch from t.sent_at - t.planned_at)::float8 from touch t
              join collection_case cc on cc.id = t.case_id join invoice i on i.id = cc.invoice_id
              join customer cu on cu.id = i.customer_id
             where cu.segment = :segment and t.status = 'SENT'""")
            .param("segment", segment)
            .query(Double.class)
            .list());
  }

  /** Where the lateness went: timer and drafting, the auto-send decision, the send itself. */
  private static void stages(JdbcClient jdbc, String segment) {
    String[][] stages = {
      {"  planned -> drafted (timer, draft)", "t.drafted_at - t.planned_at"},
      {"  drafted -> approved (decision)", "t.approved_at - t.drafted_at"},
      {"  approved -> sent (send activity)", "t.sent_at - t.approved_at"}
    };
    for (String[] stage : stages) {
      Lateness.of(
              jdbc.sql(
                      "select extract(epoch from "
                          + stage[1]
                          + ")::float8 from touch t"
                          + " join collection_case cc on cc.id = t.case_id join invoice i on i.id = cc.invoice_id"
                          + " join customer cu on cu.id = i.customer_id where cu.segment = :segment and t.status = 'SENT'")
                  .param("segment", segment)
                  .query(Double.class)
                  .list())
          .print(stage[0]);
    }
  }

  private static void awaitSent(JdbcClient jdbc, int atLeast) throws InterruptedException {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    while (jdbc.sql("select count(*) from touch where status = 'SENT'").query(Long.class).single()
            < atLeast
        && System.nanoTime() < giveUp) {
      Thread.sleep(200);
    }
  }

  private static void awaitDrafts(JdbcClient jdbc, int count) throws InterruptedException {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    while (jdbc.sql("select count(*) from touch where status = 'DRAFTED'")
                .query(Long.class)
                .single()
            < count
        && System.nanoTime() < giveUp) {
      Thread.sleep(200);
    }
    System.out.printf("%,d drafts waiting for approval%n", count);
  }

  /** What the approval inbox's bulk approval does with every draft selected. */
  private static void approveAll(ConfigurableApplicationContext context, JdbcClient jdbc) {
    var admin =
        new UsernamePasswordAuthenticationToken(
            ADMIN, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    List<DraftKey> drafts =
        jdbc.sql(
                """
            select i.number, t.step from touch t join collection_case cc on cc.id = t.case_id
              join invoice i on i.id = cc.invoice_id where t.status = 'DRAFTED' order by t.id""")
            .query((rs, row) -> new DraftKey(rs.getString(1), rs.getInt(2)))
            .list();
    long refused =
        context.getBean(CaseCommands.class).approveEach(drafts, admin).values().stream()
            .filter(java.util.Optional::isPresent)
            .count();
    System.out.printf("%,d drafts approved in bulk, %,d refused%n", drafts.size(), refused);
  }

  private static Lateness sentAfter(JdbcClient jdbc, int approvals, Instant bulk)
      throws InterruptedException {
    awaitSent(jdbc, Integer.getInteger("cases", 2_000) + approvals);
    return Lateness.of(
        jdbc.sql(
                """
            select extract(epoch from sent_at - :bulk)::float8 from touch where approved_at is not null
               and approved_by <> 'recoup' and status = 'SENT'""")
            .param("bulk", java.sql.Timestamp.from(bulk))
            .query(Double.class)
            .list());
  }

  private static Lateness fromApproval(JdbcClient jdbc) {
    return Lateness.of(
        jdbc.sql(
                """
            select extract(epoch from sent_at - approved_at)::float8 from touch where approved_at is not null
               and approved_by <> 'recoup' and status = 'SENT'""")
            .query(Double.class)
            .list());
  }

  private static String loadAverage() {
    try {
      String[] figures = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return figures[0] + " " + figures[1] + " " + figures[2];
    } catch (java.io.IOException unknown) {
      return "unknown";
    }
  }
}
