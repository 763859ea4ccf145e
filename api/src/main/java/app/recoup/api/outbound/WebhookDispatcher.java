package app.recoup.api.outbound;

import app.recoup.ledger.outbound.WebhookDeliveries;
import app.recoup.ledger.outbound.WebhookDeliveries.DueDelivery;
import app.recoup.ledger.outbound.WebhookEndpoint;
import app.recoup.ledger.outbound.WebhookEndpoints;
import app.recoup.ledger.outbound.WebhookEndpoints.Failures;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.workflows.vocabulary.TaskKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbound webhooks on a background thread of its own, never a request's: every {@link
 * #POLL} it claims the due deliveries (under a lease, so replicas share the work and a replica that
 * dies mid-delivery leaves its claims to be sent again) and posts each, signed, with timeouts. A
 * delivery an endpoint does not take with a 2xx is tried again with exponential back-off under the
 * same webhook-id; an endpoint that keeps failing is disabled and an admin gets a task.
 */
@Component
public class WebhookDispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  static final Duration POLL = Duration.ofSeconds(1);
  static final int BATCH = 20;
  static final String USER_AGENT = "Recoup-Webhooks/1";

  private final WebhookDeliveries deliveries;
  private final WebhookEndpoints endpoints;
  private final HumanTasks tasks;
  private final OutboundWebhookProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final HttpClient http;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(run -> new Thread(run, "webhook-dispatcher"));
  private final AtomicBoolean started = new AtomicBoolean();

  WebhookDispatcher(
      WebhookDeliveries deliveries,
      WebhookEndpoints endpoints,
      HumanTasks tasks,
      OutboundWebhookProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.deliveries = deliveries;
    this.endpoints = endpoints;
    this.tasks = tasks;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (started.compareAndSet(false, true)) {
      thread.scheduleWithFixedDelay(this::drain, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void drain() {
    try {
      while (deliverDue() == BATCH) {
        // a full batch: more may be due
      }
    } catch (RuntimeException failed) {
      log.warn("Webhook delivery pass failed, the next one retries: {}", failed.toString());
    }
  }

  /** One pass: claims what is due at the clock's now, sends it, records each outcome. */
  public int deliverDue() {
    List<DueDelivery> due = deliveries.claim(clock.instant(), properties.lease(), BATCH);
    List<CompletableFuture<Void>> sending = due.stream().map(this::send).toList();
    sending.forEach(CompletableFuture::join);
    return due.size();
  }

  private CompletableFuture<Void> send(DueDelivery delivery) {
    Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId());
    Optional<String> secret = endpoints.secretOf(delivery.endpointId());
    if (endpoint.isEmpty() || secret.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint.get().url()))
            .timeout(properties.timeout())
            .header("content-type", "application/json")
            .header("user-agent", USER_AGENT)
            .header("webhook-id", delivery.messageId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.sign(
                    secret.get(), delivery.messageId(), timestamp, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
            .build();
    long sentAt = System.nanoTime();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
              if (failure != null) {
                failed(delivery, endpoint.get(), null, describe(failure), latencyMs);
              } else if (response.statusCode() / 100 == 2) {
                succeeded(delivery, response.statusCode(), latencyMs);
              } else {
                failed(
                    delivery,
                    endpoint.get(),
                    response.statusCode(),
                    "answered " + response.statusCode(),
                    latencyMs);
              }
              return null;
            });
  }

  private void succeeded(DueDelivery delivery, int statusCode, long latencyMs) {
    transaction.executeWithoutResult(
        status -> {
          deliveries.delivered(delivery.id(), clock.instant(), statusCode, latencyMs);
          endpoints.succeeded(delivery.endpointId());
        });
  }

  private void failed(
      DueDelivery delivery,
      WebhookEndpoint endpoint,
      Integer statusCode,
      String error,
      long latencyMs) {
    Instant now = clock.instant();
    Instant retryAt = now.plus(properties.backOff(delivery.attempts() + 1));
    log.info(
        "Webhook delivery {} to endpoint {} failed ({}), next attempt at {}",
        delivery.id(),
        endpoint.id(),
        error,
        retryAt);
    transaction.executeWithoutResult(
        status -> {
          deliveries.failed(delivery.id(), now, statusCode, error, latencyMs, retryAt);
          endpoints
              .failed(endpoint.id(), now)
              .filter(failures -> persistent(failures, now))
              .ifPresent(failures -> disable(endpoint, failures));
        });
  }

  private boolean persistent(Failures failures, Instant now) {
    return failures.count() >= properties.disableAfterFailures()
        && !failures.since().plus(properties.disableAfter()).isAfter(now);
  }

  /** The URL itself may carry a token (catch-hook URLs do): the task names only its host. */
  private void disable(WebhookEndpoint endpoint, Failures failures) {
    String reason =
        "%d consecutive failed attempts since %s".formatted(failures.count(), failures.since());
    if (endpoints.disable(endpoint.id(), reason)) {
      log.warn("Webhook endpoint {} disabled after {}", endpoint.id(), reason);
      tasks.openOnceWithoutCase(
          TaskKind.WEBHOOK_DISABLED,
          "Webhook endpoint %d (%s) was disabled after %s: fix it, then enable it again in Settings, Webhooks"
              .formatted(endpoint.id(), URI.create(endpoint.url()).getHost(), reason));
    }
  }

  private static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}
