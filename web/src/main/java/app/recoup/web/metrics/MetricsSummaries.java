package app.recoup.web.metrics;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.metrics.Metrics;
import app.recoup.ledger.metrics.MetricsSummaryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics page's figures, read from the whole ledger (seconds at a million invoices) at most
 * once per {@code recoup.metrics.max-age} per currency across every replica, never on every page
 * view. They are kept in PostgreSQL, so every replica shows the same. The first view of a currency
 * reads them; a view of older figures shows them (the page says as of when) and has them read again
 * in the background, by one replica (a lease per currency).
 */
@Component
class MetricsSummaries {

  private static final Logger log = LoggerFactory.getLogger(MetricsSummaries.class);

  /** The key of the summary asked for without a currency: the ledger's main currency. */
  private static final String MAIN = "";

  private final Metrics metrics;
  private final MetricsSummaryStore store;
  private final JobLeases leases;
  private final JsonMapper json;
  private final Clock clock;
  private final Duration maxAge;
  private final SimpleAsyncTaskExecutor refresher = new SimpleAsyncTaskExecutor("metrics-refresh-");

  MetricsSummaries(
      Metrics metrics,
      MetricsSummaryStore store,
      JobLeases leases,
      JsonMapper json,
      Clock clock,
      @Value("${recoup.metrics.max-age:PT5M}") Duration maxAge) {
    this.metrics = metrics;
    this.store = store;
    this.leases = leases;
    this.json = json;
    this.clock = clock;
    this.maxAge = maxAge;
    refresher.setDaemon(true);
  }

  /** The figures of the requested currency, or of the main one when the ledger has no such. */
  MetricsSummary summary(String requested) {
    MetricsSummary main = summary(MAIN, null);
    if (requested == null
        || requested.equals(main.currency())
        || !main.currencies().contains(requested)) {
      return main;
    }
    return summary(requested, requested);
  }

  /** How old the figures may get before a page view refreshes them. */
  Duration maxAge() {
    return maxAge;
  }

  private MetricsSummary summary(String key, String currency) {
    Optional<MetricsSummary> known = stored(key);
    if (known.isEmpty() || known.get().currency() == null) {
      // an empty ledger costs nothing to read again, and its first import must show at once
      return read(key, currency);
    }
    if (known.get().asOf().plus(maxAge).isBefore(clock.instant())) {
      refresher.execute(
          () -> {
            try {
              // held for max-age: a replica asked meanwhile finds it held and shows the older ones
              leases.runOnce("metrics-summary:" + key, maxAge, () -> read(key, currency));
            } catch (RuntimeException failed) {
              log.warn(
                  "Could not refresh the metrics of {}; the page shows older ones", key, failed);
            }
          });
    }
    return known.get();
  }

  private Optional<MetricsSummary> stored(String key) {
    return store.find(key).flatMap(this::figures);
  }

  /** Figures kept by an older Recoup whose summary had other fields are read again. */
  private Optional<MetricsSummary> figures(MetricsSummaryStore.Stored stored) {
    try {
      return Optional.of(json.readValue(stored.figures(), MetricsSummary.class));
    } catch (JacksonException unreadable) {
      return Optional.empty();
    }
  }

  private MetricsSummary read(String key, String currency) {
    MetricsSummary read = MetricsSummary.read(metrics, currency, clock.instant());
    store.save(key, read.asOf(), json.writeValueAsString(read));
    return read;
  }
}
