package app.recoup.bench.faults;

import app.recoup.bench.HmacSha256;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Recoup in its own JVM with the prod profile, against the harness's PostgreSQL and Temporal, and
 * its HTTP API as an admin, a payment processor and Stripe call it.
 */
final class Recoup {

  static final String ADMIN = "harness@example.com";
  static final String PASSWORD = "harness-password";
  static final String PAYMENTS_SECRET = "harness-payments-secret";
  static final String STRIPE_SECRET = "whsec_harness";
  private static final Duration BOOT_PATIENCE = Duration.ofMinutes(4);

  /**
   * Every replica's timer for the payment-notification sweep fires this often; one run per period.
   */
  static final Duration PAYMENT_SWEEP = Duration.ofSeconds(5);

  /**
   * Recoup answers a command its case does not answer within this (recoup.process.answer-within).
   */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

  static final Duration PATIENCE = ANSWER_WITHIN.multipliedBy(3);

  private long unanswered;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ChildJvm jvm;
  private final int port;

  Recoup(Path folder, String jdbcUrl, int temporalPort) throws IOException {
    this(folder, "recoup", null, jdbcUrl, temporalPort, List.of());
  }

  /**
   * One replica of a cluster, run from the runnable {@code jar} (or, when null, from this JVM's
   * classpath): {@code name} names its log, {@code more} adds settings (roles, SMTP).
   */
  Recoup(Path folder, String name, Path jar, String jdbcUrl, int temporalPort, List<String> more)
      throws IOException {
    this.port = ChildJvm.freePort();
    String everyDay = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY";
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=prod",
                "--server.port=" + port,
                "--RECOUP_DB_URL=" + jdbcUrl,
                "--RECOUP_DB_USER=postgres",
                "--RECOUP_DB_PASSWORD=",
                "--RECOUP_TEMPORAL_ADDRESS=127.0.0.1:" + temporalPort,
                "--RECOUP_ADMIN_EMAIL=" + ADMIN,
                "--RECOUP_ADMIN_PASSWORD=" + PASSWORD,
                "--RECOUP_PORTAL_SECRET=harness-portal-secret-of-32-characters",
                "--RECOUP_PAYMENTS_WEBHOOK_SECRET=" + PAYMENTS_SECRET,
                "--RECOUP_STRIPE_WEBHOOK_SECRET=" + STRIPE_SECRET,
                // the month is compressed into minutes: every hour of every day is a sending hour
                "--recoup.process.calendar.opens=00:00",
                "--recoup.process.calendar.closes=23:59",
                "--recoup.process.calendar.working-days=" + everyDay,
                "--recoup.payments.sweep-interval=" + PAYMENT_SWEEP,
                "--recoup.process.answer-within=" + ANSWER_WITHIN,
                // the harness's invariants count drafts, approvals and sends per invoice
                "--recoup.combining.unset=PER_INVOICE",
                "--logging.level.root=warn"));
    arguments.addAll(more);
    Path log = folder.resolve(name + ".log");
    this.jvm =
        jar == null
            ? new ChildJvm(log, "app.recoup.web.RecoupApplication", arguments)
            : ChildJvm.ofJar(log, jar, arguments);
  }

  void start() throws Exception {
    jvm.start();
    awaitUp();
  }

  /** Replicas boot side by side, as a cluster's do: launched at once, then each awaited. */
  static void startTogether(Collection<Recoup> replicas) throws Exception {
    for (Recoup replica : replicas) {
      replica.jvm.start();
    }
    for (Recoup replica : replicas) {
      replica.awaitUp();
    }
  }

  private void awaitUp() throws Exception {
    long deadline = System.nanoTime() + BOOT_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!jvm.isAlive()) {
        throw new IllegalStateException("Recoup exited during start; see " + jvm.log());
      }
      try {
        if (get("/actuator/health").status() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Recoup was not up after " + BOOT_PATIENCE + "; see " + jvm.log());
  }

  void kill() throws InterruptedException {
    jvm.kill();
  }

  /** The process id, which Temporal's default worker identity ({@code pid@host}) starts with. */
  long pid() {
    return jvm.pid();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  void stop() throws InterruptedException {
    jvm.stop();
  }

  record Answer(int status, String body) {

    boolean ok() {
      return status / 100 == 2;
    }
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(asAdmin(path).GET());
  }

  Answer post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        asAdmin(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A command on a case, with the key that makes a repeat of it the same command. */
  Answer command(String path, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    return send(
        asAdmin(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer put(String path, String json) throws IOException, InterruptedException {
    return send(
        asAdmin(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request nobody logged in for: the portal, as a customer's browser sends its forms. */
  Answer postAnonymous(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * The generic payment webhook, signed as docs/payments-webhook.md says (or with a given
   * signature).
   */
  Answer paymentWebhook(String json, String signature) throws IOException, InterruptedException {
    long timestamp = Instant.now().getEpochSecond();
    String signed =
        signature != null
            ? signature
            : "sha256=" + HmacSha256.hex(PAYMENTS_SECRET, timestamp + "." + json);
    return send(
        request("/webhooks/payments")
            .header("Content-Type", "application/json")
            .header("X-Recoup-Timestamp", Long.toString(timestamp))
            .header("X-Recoup-Signature", signed)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A Stripe event signed the way Stripe signs it: {@code t=<seconds>,v1=<HMAC of "t.body">}. */
  Answer stripeWebhook(String json, String signature) throws IOException, InterruptedException {
    long timestamp = Instant.now().getEpochSecond();
    String signed =
        signature != null
            ? signature
            : "t=" + timestamp + ",v1=" + HmacSha256.hex(STRIPE_SECRET, timestamp + "." + json);
    return send(
        request("/webhooks/stripe")
            .header("Content-Type", "application/json")
            .header("Stripe-Signature", signed)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      unanswered++;
      System.out.println(
          "  no answer within "
              + PATIENCE.toSeconds()
              + " s: "
              + request.method()
              + " "
              + request.uri().getPath());
      throw e;
    }
  }

  /**
   * Requests a running Recoup did not answer within {@link #PATIENCE}: each one holds a server
   * thread.
   */
  long unanswered() {
    return unanswered;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(PATIENCE);
  }

  private HttpRequest.Builder asAdmin(String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return request(path).header("Authorization", "Basic " + credentials);
  }
}
