package app.recoup.bench;

import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.metrics.Metrics;
import app.recoup.ledger.queue.AgingBucket;
import app.recoup.ledger.queue.CaseQueue;
import app.recoup.ledger.queue.QueueCursor;
import app.recoup.ledger.queue.QueueFilter;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.web.metrics.MetricsSummary;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages a finance team lives on, against a full-size ledger: {@code -Drows=1000000} invoices
 * (default) of which a tenth have an open (or paused) collection case, each case with a timeline,
 * payments for the paid invoices, some replies and promises. The data is written with set-based SQL
 * straight into the ledger; no case workflow is started (the case page then asks the engine once
 * and shows the ledger's view, as it does for any case whose workflow cannot answer).
 *
 * <p>Logs in over HTTP as the admin, warms up, then times {@code -Drequests=200} sequential GETs of
 * each page (the queue's first page, a filtered page, a keyset next page, a case page, the metrics
 * page) and, in the same run, the read-model calls behind each page made directly: the page's SQL
 * without HTTP, security, templates or the engine. Prints p50/p95 of both, their ratio, and whether
 * the targets hold (p95 under 150 ms for queue and case pages, under 500 ms for metrics). The
 * metrics page shows a summary refreshed at most every few minutes: its SQL column is one full
 * refresh (every metrics query), timed {@code -Drefreshes=10} times. {@code -Dexplain=true} first
 * prints the queue's plans and the time of each query once.
 */
public final class DashboardBench {

  private static final String ADMIN = "bench@localhost";
  private static final String PASSWORD = "bench-password";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern NEXT = Pattern.compile("[?&;]after=([A-Za-z0-9_-]+)");

  private DashboardBench() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("rows", 1_000_000);
    int requests = Integer.getInteger("requests", 200);
    int warmup = Integer.getInteger("warmup", 50);
    // the metrics page reads a summary; its SQL is the summary's refresh, seconds at 1M
    int refreshes = Integer.getInteger("refreshes", 10);
    try (ConfigurableApplicationContext context =
        BenchApplication.start(
            "recoup.cases.sweep-interval=PT24H",
            "recoup.admin.email=" + ADMIN,
            "recoup.admin.password=" + PASSWORD)) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long started = System.nanoTime();
      Seeded seeded = seed(jdbc, rows);
      System.out.printf(
          "Dashboard bench: %,d invoices, %,d open cases, %,d timeline events, %,d payments"
              + " written and analysed in %.1f s; %d requests per page after %d warm-up, loopback port %d%n",
          seeded.invoices,
          seeded.cases,
          seeded.events,
          seeded.payments,
          (System.nanoTime() - started) / 1e9,
          requests,
          warmup,
          port);

      String base = "http://127.0.0.1:" + port;
      HttpClient http = login(base);
      CaseQueue queue = context.getBean(CaseQueue.class);
      CaseFiles files = context.getBean(CaseFiles.class);
      Timeline timeline = context.getBean(Timeline.class);
      AppUserRepository users = context.getBean(AppUserRepository.class);
      Metrics metrics = context.getBean(Metrics.class);

      // a twentieth of the cases are smb and 31-60 days overdue; no case is an enterprise one
      QueueFilter filtered = new QueueFilter(null, AgingBucket.DAYS_31_60, "smb", null, null);
      QueueFilter unmatched =
          new QueueFilter(null, AgingBucket.DAYS_31_60, "enterprise", null, null);
      String bucket = URLEncoder.encode(AgingBucket.DAYS_31_60.label(), StandardCharsets.UTF_8);
      QueueCursor cursor = queue.page(QueueFilter.none(), null, 50).next();
      String firstPage = get(http, base + "/");
      Matcher next = NEXT.matcher(firstPage);
      String after = next.find() ? next.group(1) : cursor.encode();
      String invoice =
          jdbc.sql(
                  "select i.number from collection_case k join invoice i on i.id = k.invoice_id"
                      + " where k.status = 'OPEN' order by k.urgency desc, k.id desc limit 1")
              .query(String.class)
              .single();
      String metricsCurrency = metrics.currencies().get(0);

      if (Boolean.getBoolean("explain")) {
        explain(jdbc, queue, "first page", QueueFilter.none(), null);
        explain(jdbc, queue, "filtered", filtered, null);
        explain(jdbc, queue, "no match", unmatched, null);
        explain(jdbc, queue, "keyset next", QueueFilter.none(), cursor);
        once("filter lists and counts", queue::facts);
        once("metrics currencies", metrics::currencies);
        once("metrics dso", () -> metrics.dso(metricsCurrency));
        once("metrics aging", () -> metrics.aging(metricsCurrency));
        once("metrics cash", () -> metrics.cashRecoveredByWeek(metricsCurrency));
        once("metrics recovery", () -> metrics.recovery(metricsCurrency));
        once("metrics collection", () -> metrics.collection(metricsCurrency));
        once("metrics promises", metrics::promisesKept);
        once("metrics links", metrics::touchesWithPaymentLink);
        once("metrics reply hours", metrics::medianHoursToFirstReply);
      }

      List<Page> pages =
          List.of(
              new Page(
                  "queue: first page",
                  150,
                  requests,
                  () -> get(http, base + "/"),
                  () -> queueSql(queue, QueueFilter.none(), null)),
              new Page(
                  "queue: filtered",
                  150,
                  requests,
                  () -> get(http, base + "/?segment=smb&bucket=" + bucket),
                  () -> queueSql(queue, filtered, null)),
              new Page(
                  "queue: no match",
                  150,
                  requests,
                  () -> get(http, base + "/?segment=enterprise&bucket=" + bucket),
                  () -> queueSql(queue, unmatched, null)),
              new Page(
                  "queue: keyset next",
                  150,
                  requests,
                  () -> get(http, base + "/?after=" + after),
                  () -> queueSql(queue, QueueFilter.none(), cursor)),
              new Page(
                  "case page",
                  150,
                  requests,
                  () -> get(http, base + "/cases/" + invoice),
                  () -> {
                    CaseHeader header = files.header(invoice).orElseThrow();
                    timeline.forCase(header.caseId());
                    files.payments(header.invoiceId());
                    files.exceptions(header.invoiceId());
                    files.openTasks(header.caseId());
                    users.activeEmails();
                  }),
              new Page(
                  "metrics",
                  500,
                  refreshes,
                  () -> get(http, base + "/metrics"),
                  () -> MetricsSummary.read(metrics, null, Instant.now())));

      for (Page page : pages) {
        for (int i = 0; i < warmup; i++) {
          page.http.run();
          // SQL timed on fewer requests (the metrics refresh: seconds at 1M) is warmed up once
          if (page.sqlRequests >= requests || i == 0) {
            page.sql.run();
          }
        }
      }
      System.out.printf(
          "%-20s %9s %9s   %9s %9s   %11s  %s%n",
          "page", "http p50", "http p95", "sql p50", "sql p95", "p95 http/sql", "target");
      boolean allMet = true;
      for (Page page : pages) {
        // interleaved, so both see the same database, caches and machine load
        long[] web = new long[requests];
        long[] sql = new long[Math.min(requests, page.sqlRequests)];
        for (int i = 0; i < requests; i++) {
          web[i] = time(page.http);
          if (i < sql.length) {
            sql[i] = time(page.sql);
          }
        }
        Arrays.sort(web);
        Arrays.sort(sql);
        double webP95 = percentile(web, 95);
        double sqlP95 = percentile(sql, 95);
        boolean met = webP95 < page.targetMillis;
        allMet &= met;
        System.out.printf(
            "%-20s %6.1f ms %6.1f ms   %6.1f ms %6.1f ms   %10.2fx  p95 < %d ms: %s%n",
            page.name,
            percentile(web, 50),
            webP95,
            percentile(sql, 50),
            sqlP95,
            webP95 / sqlP95,
            page.targetMillis,
            met ? "met" : "MISSED");
      }
      System.out.println(allMet ? "All targets met." : "Some targets missed.");
    }
  }

  /** A page, its target, and how many of its requests also time the SQL behind it. */
  private record Page(String name, int targetMillis, int sqlRequests, Step http, Step sql) {}

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  private record Seeded(long invoices, long cases, long events, long payments) {}

  /** What the queue controller reads for one page: the page itself, its dropdowns and counts. */
  private static void queueSql(CaseQueue queue, QueueFilter filter, QueueCursor after) {
    queue.facts();
    queue.page(filter, after, 50);
  }

  /** With -Dexplain=true: the plan of a queue page as run at this size. */
  private static void explain(
      JdbcClient jdbc, CaseQueue queue, String name, QueueFilter filter, QueueCursor after) {
    CaseQueue.Statement statement = queue.statement(filter, after, 51);
    System.out.println("-- plan of the queue's " + name);
    jdbc.sql("explain (analyze, buffers) " + statement.sql())
        .params(statement.params())
        .query(String.class)
        .list()
        .forEach(System.out::println);
  }

  private static void once(String name, Step step) throws Exception {
    System.out.printf("-- %s: %.1f ms%n", name, time(step) / 1e6);
  }

  private static long time(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return System.nanoTime() - start;
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  private static HttpClient login(String base) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String form = get(http, base + "/login");
    Matcher csrf = CSRF.matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String body =
        "username="
            + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
    }
    return http;
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }

  /**
   * Customers, invoices (a tenth overdue with a case, most of the rest paid), cases with five
   * timeline events each, a payment per paid or part-paid invoice, outbound messages, replies and
   * promises on a few cases so the queue's "needs attention" part has rows.
   */
  private static Seeded seed(JdbcClient jdbc, int rows) {
    int customers = Math.max(10, rows / 500);
    jdbc.sql(
            """
        insert into customer (name, time_zone, segment)
        select 'Bench customer ' || g,
               (array['UTC', 'Europe/Berlin', 'America/New_York'])[1 + g % 3],
               (array['default', 'enterprise', 'smb', 'public'])[1 + g % 4]
          from generate_series(0, :customers - 1) g
        """)
        .param("customers", customers)
        .update();
    // invoice g: g % 10 = 0 overdue with a case (numbered C...), 1..8 paid, 9 open and not yet due
    jdbc.sql(
            """
        insert into invoice (number, customer_id, currency, total, amount_paid, issue_date, due_date,
                             status, updated_at)
        select case when g % 10 = 0 then 'C' else 'B' end || lpad(g::text, 8, '0'),
               c0.first + g % :customers,
               (array['EUR', 'USD', 'GBP'])[1 + (g % :customers) % 3],
               t.total,
               case when g % 10 between 1 and 8 then t.total
                    when g % 40 = 0 then round(t.total / 3, 2) else 0 end,
               d.issued, d.issued + 30,
               case when g % 10 between 1 and 8 then 'PAID' else 'OPEN' end,
               (d.issued + g % 45)::timestamptz
          from generate_series(0, :rows - 1) g
          cross join (select min(id) as first from customer) c0
          cross join lateral (select 100 + (g::bigint * 7919 % 990000) / 100.0 as total) t
          cross join lateral (select case when g % 10 = 0 then current_date - 31 - g % 300
                                          when g % 10 = 9 then current_date - g % 20
                                          else current_date - 31 - g % 365 end as issued) d
        """)
        .param("customers", customers)
        .param("rows", rows)
        .update();
    jdbc.sql(
            """
        insert into collection_case (invoice_id, workflow_id, status, current_step, next_touch_at,
                                     pause_reason, assignee, opened_at)
        select i.id, 'invoice-' || i.number,
               case when i.id % 20 = 0 then 'PAUSED' else 'OPEN' end,
               (i.id % 4)::int,
               now() + (i.id % 72) * interval '1 hour',
               case when i.id % 20 = 0 then 'Bench pause' end,
               case i.id % 3 when 0 then :admin when 1 then 'collector@localhost' end,
               i.due_date::timestamptz
          from invoice i where i.number like 'C%'
        """)
        .param("admin", ADMIN)
        .update();
    jdbc.sql(
            """
        insert into timeline_event (case_id, occurred_at, actor, type, details)
        select k.id, k.opened_at + s * interval '1 day', 'system',
               (array['CASE_OPENED', 'TOUCH_SENT', 'TOUCH_SENT', 'PAYMENT_RECEIVED', 'NOTE'])[s],
               'Bench event ' || s
          from collection_case k cross join generate_series(1, 5) s
        """)
        .update();
    jdbc.sql(
            """
        insert into payment (invoice_id, amount, currency, received_at, source, external_id)
        select i.id, i.amount_paid, i.currency, i.updated_at, 'BENCH', 'bench-' || i.id
          from invoice i where i.amount_paid > 0
        """)
        .update();
    jdbc.sql(
            """
        insert into outbox_message (idempotency_key, case_id, channel, recipient, subject, text_body,
                                    status, created_at, sent_at)
        select 'bench-' || k.id, k.id, 'EMAIL', 'ap@customer.example', 'Invoice reminder',
               case when k.id % 2 = 0 then 'Pay at https://recoup.example/portal/x' else 'Please pay' end,
               'SENT', k.opened_at + interval '2 days', k.opened_at + interval '2 days'
          from collection_case k where k.id % 20 = 1
        """)
        .update();
    jdbc.sql(
            """
        insert into inbound_message (external_id, channel, sender, subject, classification, case_id,
                                     excerpt, received_at)
        select 'bench-reply-' || k.id, 'EMAIL', 'ap@customer.example', 'Re: Invoice reminder',
               'REPLY', k.id, 'We will pay next week', k.opened_at + interval '3 days'
          from collection_case k where k.id % 100 = 1
        """)
        .update();
    jdbc.sql(
            """
        insert into promise_to_pay (invoice_id, customer_id, promised_date, currency)
        select i.id, i.customer_id, current_date + (k.id % 21)::int - 10, i.currency
          from collection_case k join invoice i on i.id = k.invoice_id where k.id % 100 = 7
        """)
        .update();
    jdbc.sql("vacuum analyze").update();
    return new Seeded(
        count(jdbc, "invoice"), count(jdbc, "collection_case where status <> 'CLOSED'"),
        count(jdbc, "timeline_event"), count(jdbc, "payment"));
  }

  private static long count(JdbcClient jdbc, String from) {
    return jdbc.sql("select count(*) from " + from).query(Long.class).single();
  }
}
