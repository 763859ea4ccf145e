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
 * Signed payment webhooks per second against the running application on loopback (each one stored,
 * verified, applied to an invoice and committed), then a trivial endpoint of the same application
 * for the same time; prints throughput, p50/p99 latency, the ratio, and checks that every accepted
 * webhook reached the books. {@code -Dduration=10s} (default 60s), {@code -Dclients=8}.
 */
public final class PaymentWebhookBench {

  private static final String SECRET = "bench-secret";
  private static final int INVOICES = 1_000;
  private static final BigDecimal CENT = new BigDecimal("0.01");

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
      HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/bench-ping"))
          .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();

      System.out.printf("Payment webhook bench: %d clients, %s per endpoint, loopback port %d%n",
          clients, duration, port);
      LoadRun.run("warm-up", clients, Duration.ofSeconds(5), n -> n % 2 == 0 ? ping
          : webhook(port, numbers, "warm-" + run + "-" + n)).print();
      LoadRun.Result webhooks =
          LoadRun.run("signed payment webhook", clients, duration,
              n -> webhook(port, numbers, run + "-" + n));
      LoadRun.Result trivial = LoadRun.run("trivial endpoint", clients, duration, n -> ping);
      webhooks.print();
      trivial.print();
      System.out.printf("trivial / webhook throughput: %.1fx%n", trivial.perSecond() / webhooks.perSecond());

      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long stored = jdbc.sql("select count(*) from payment_notification where external_id like :run"
              + " and status = 'PROCESSED'")
          .param("run", "pay-" + run + "-%").query(Long.class).single();
      BigDecimal applied = jdbc.sql("select coalesce(sum(amount), 0) from payment where external_id like :run")
          .param("run", "pay-" + run + "-%").query(BigDecimal.class).single();
      // a request that failed after its first attempt was stored may be processed without an
      // answer counted here, so processed may exceed accepted, never fall short of it
      long lost = Math.max(0, webhooks.ok() - stored);
      boolean appliedOnce = applied.compareTo(CENT.multiply(BigDecimal.valueOf(stored))) == 0;
      System.out.printf("accepted %,d, processed and stored %,d, applied %s EUR (once each: %s): lost %d%n",
          webhooks.ok(), stored, applied.toPlainString(), appliedOnce, lost);
      if (lost != 0 || !appliedOnce || webhooks.failed() != 0) {
        throw new IllegalStateException("webhooks were lost, failed or applied twice");
      }
    }
  }

  private static List<String> seed(ConfigurableApplicationContext context) {
    Customer customer = context.getBean(CustomerRepository.class)
        .save(new Customer("Bench customer " + System.nanoTime(), ZoneId.of("UTC")));
    InvoiceRepository invoices = context.getBean(InvoiceRepository.class);
    LocalDate issued = LocalDate.now().minusDays(30);
    return IntStream.range(0, INVOICES)
        .mapToObj(i -> invoices.save(new Invoice("BENCH-" + System.nanoTime() + "-" + i,
            customer.getId(), new InvoiceTerms("EUR", new BigDecimal("1000000.00"), BigDecimal.ZERO,
                issued, issued.plusDays(14), null))).getNumber())
        .toList();
  }

  /** One cent for one invoice, signed as any processor would sign it. */
  private static HttpRequest webhook(int port, List<String> numbers, String id) {
    String body = """
        {"external_id":"pay-%s","invoice_reference":"%s","amount":"0.01","currency":"EUR","paid_at":"%s"}"""
        .formatted(id, numbers.get(Math.floorMod(id.hashCode(), numbers.size())), Instant.now());
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
