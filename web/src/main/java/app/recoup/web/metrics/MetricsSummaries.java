package app.recoup.web.metrics;

import app.recoup.ledger.metrics.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The metrics page's figures, read from the whole ledger (seconds at a million invoices) at most
 * once per {@code recoup.metrics.max-age} per currency, never on every page view. The first view
 * of a currency reads them; a view of older figures shows them (the page says as of when) and
 * refreshes them in the background, one refresh per currency at a time.
 */
@Component
class MetricsSummaries {

  private static final Logger log = LoggerFactory.getLogger(MetricsSummaries.class);
  /** The key of the summary asked for without a currency: the ledger's main currency. */
  private static final String MAIN = "";

  private final Metrics metrics;
  private final Clock clock;
  private final Duration maxAge;
  private final Map<String, MetricsSummary> latest = new ConcurrentHashMap<>();
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final SimpleAsyncTaskExecutor refresher = new SimpleAsyncTaskExecutor("metrics-refresh-");

  MetricsSummaries(
      Metrics metrics, Clock clock, @Value("${recoup.metrics.max-age:PT5M}") Duration maxAge) {
    this.metrics = metrics;
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
    MetricsSummary known = latest.get(key);
    if (known == null || known.currency() == null) {
      // an empty ledger costs nothing to read again, and its first import must show at once
      MetricsSummary read = read(currency);
      latest.put(key, read);
      return read;
    }
    if (known.asOf().plus(maxAge).isBefore(clock.instant()) && refreshing.add(key)) {
      refresher.execute(
          () -> {
            try {
              latest.put(key, read(currency));
            } catch (RuntimeException failed) {
              log.warn("Could not refresh the metrics of {}; the page shows older ones", key, failed);
            } finally {
              refreshing.remove(key);
            }
          });
    }
    return known;
  }

  private MetricsSummary read(String currency) {
    return MetricsSummary.read(metrics, currency, clock.instant());
  }
}
