package app.recoup.bench;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceTerms;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signed payment webhooks per second against the running application on loopback (each one verified
 * and stored, answered, then applied to an invoice by the event relay), then, once the relay has
 * applied them all, a trivial endpoint of the same application for the same time; prints
 * throughput, p50/p99 latency, the ratios, pass/fail against the targets (p99 below 50 ms and at
 * most 3x the trivial endpoint's), and checks that every accepted webhook reached the books once.
 * {@code -Dduration=10s} (default 60s), {@code -Dclients=8}.
 */
public final class PaymentWebhookBench {

  private static final String SECRET = "bench-secret";
  private static final int INVOICES = 1_000;
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final double TARGET_P99_MILLIS = 50;
  private static final double TARGET_P99_RATIO = 3;
  private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

  private PaymentWebhookBench() {}

  public static void main(String[] args) throws Exception {
    Duration duration = duration(System.getProperty("duration", "60s"));
    int clients = Integer.getInteger("clients", 8);
    try (ConfigurableApplicationContext context =
        BenchApplication.start(
            "recoup.admin.email=bench@localhost",
            "recoup.admin.password=bench-password",
            "recoup.webhooks.payments.secret=" + SECRET)) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      List<String> numbers = seed(context);
      String run = Long.toString(System.currentTimeMillis(), 36);
      HttpRequest ping =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/bench-ping"))
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();

      System.out.printf(
          "Payment webhook bench: %d clients, %s per endpoint, loopback port %d, load average %s%n",
          clients, duration, port, loadAverage());
      LoadRun.run(
              "warm-up",
              clients,
              Duration.ofSeconds(5),
              n -> n % 2 == 0 ? ping : webhook(port, numbers, "warm-" + run + "-" + n))
          .print();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      LoadRun.Result webhooks =
          LoadRun.run(
              "signed payment webhook",
              clients,
              duration,
              n -> webhook(port, numbers, run + "-" + n));
      double drained = drain(jdbc, run);
      LoadRun.Result trivial = LoadRun.run("trivial endpoint", clients, duration, n -> ping);
      webhooks.print();
      trivial.print();
      System.out.printf("all accepted webhooks applied %.1f s after the last answer%n", drained);
      System.out.printf(
          "trivial / webhook throughput: %.1fx%n", trivial.perSecond() / webhooks.perSecond());
      double p99 = webhooks.percentileMillis(99);
      double ratio = p99 / trivial.percentileMillis(99);
      System.out.printf(
          "webhook p99 %.1f ms (target below %.0f ms): %s%n",
          p99, TARGET_P99_MILLIS, p99 < TARGET_P99_MILLIS ? "PASS" : "FAIL");
      System.out.printf(
          "webhook p99 / trivial p99 %.2fx (target at most %.0fx): %s%n",
          ratio, TARGET_P99_RATIO, ratio <= TARGET_P99_RATIO ? "PASS" : "FAIL");
      System.out.printf("load average at the end %s%n", loadAverage());

      long stored =
          jdbc.sql(
                  "select count(*) from payment_notification where external_id like :run"
                      + " and status = 'PROCESSED'")
              .param("run", "pay-" + run + "-%")
              .query(Long.class)
              .single();
      BigDecimal applied =
          jdbc.sql("select coalesce(sum(amount), 0) from payment where external_id like :run")
              .param("run", "pay-" + run + "-%")
              .query(BigDecimal.class)
              .single();
      // a request that failed after its first attempt was stored may be processed without an
      // answer counted here, so processed may exceed accepted, never fall short of it
      long lost = Math.max(0, webhooks.ok() - stored);
      boolean appliedOnce = applied.compareTo(CENT.multiply(BigDecimal.valueOf(stored))) == 0;
      System.out.printf(
          "accepted %,d, processed and stored %,d, applied %s EUR (once each: %s): lost %d%n",
          webhooks.ok(), stored, applied.toPlainString(), appliedOnce, lost);
      if (lost != 0 || !appliedOnce || webhooks.failed() != 0) {
        throw new IllegalStateException("webhooks were lost, failed or applied twice");
      }
    }
  }

  /**
   * One invoice per customer, due in a month: the cases the payments open sleep until their first
   * touch instead of drafting during the run (many overdue invoices of one customer would also
   * compete for that customer's touch days, one a day, for ever).
   */
  private static List<String> seed(ConfigurableApplicationContext context) {
    CustomerRepository customers = context.getBean(CustomerRepository.class);
    InvoiceRepository invoices = context.getBean(InvoiceRepository.class);
    LocalDate issued = LocalDate.now();
    return IntStream.range(0, INVOICES)
        .mapToObj(
            i -> {
              Customer customer =
                  customers.save(
                      new Customer("Bench customer " + System.nanoTime(), ZoneId.of("UTC")));
              return invoices
                  .save(
                      new Invoice(
                          "BENCH-" + System.nanoTime() + "-" + i,
                          customer.getId(),
                          new InvoiceTerms(
                              "EUR",
                              new BigDecimal("1000000.00"),
                              BigDecimal.ZERO,
                              issued,
                              issued.plusDays(30),
                              null)))
                  .getNumber();
            })
        .toList();
  }

  /** Waits until no notification of the run is pending; the seconds it took. */
  private static double drain(JdbcClient jdbc, String run) throws InterruptedException {
    long start = System.nanoTime();
    long giveUp = start + DRAIN_LIMIT.toNanos();
    while (jdbc.sql(
                "select count(*) from payment_notification where external_id like :run and status = 'PENDING'")
            .param("run", "pay-" + run + "-%")
            .query(Long.class)
            .single()
        > 0) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("accepted webhooks still pending after " + DRAIN_LIMIT);
      }
      Thread.sleep(100);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static String loadAverage() {
    try {
      String[] figures =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return figures[0] + " " + figures[1] + " " + figures[2];
    } catch (java.io.IOException unknown) {
      return "unknown";
    }
  }

  /** One cent for one invoice, signed as any processor would sign it. */
  private static HttpRequest webhook(int port, List<String> numbers, String id) {
    String body =
        """
        {"external_id":"pay-%s","invoice_reference":"%s","amount":"0.01","currency":"EUR","paid_at":"%s"}"""
            .formatted(
                id, numbers.get(Math.floorMod(id.hashCode(), numbers.size())), Instant.now());
    long timestamp = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/payments"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("X-Recoup-Timestamp", Long.toString(timestamp))
        .header("X-Recoup-Signature", "sha256=" + HmacSha256.hex(SECRET, timestamp + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static Duration duration(String value) {
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (v.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
    }
    if (v.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
  }
}
