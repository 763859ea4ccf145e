package app.recoup.web.metrics;

import app.recoup.ledger.metrics.Amount;
import app.recoup.ledger.metrics.DsoHistory;
import app.recoup.ledger.metrics.Metrics;
import app.recoup.ledger.metrics.PlanCounts;
import app.recoup.ledger.metrics.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the metrics page shows for one currency, read from the ledger at {@code asOf}. No
 * currency (an empty ledger) leaves the figures null. {@code replyHours} is null until a customer
 * has replied; {@code plans} is null in summaries kept before plans were counted.
 */
public record MetricsSummary(
    Instant asOf,
    List<String> currencies,
    String currency,
    DsoHistory dso,
    List<Amount> aging,
    List<Amount> cash,
    Rate recovery,
    Rate collection,
    Rate promises,
    Rate links,
    BigDecimal replyHours,
    PlanCounts plans) {

  /** Reads every figure now; {@code requested} is shown if the ledger has it, else the main one. */
  public static MetricsSummary read(Metrics metrics, String requested, Instant now) {
    List<String> currencies = metrics.currencies();
    if (currencies.isEmpty()) {
      return new MetricsSummary(
          now, currencies, null, null, null, null, null, null, null, null, null, null);
    }
    String chosen = currencies.contains(requested) ? requested : currencies.get(0);
    return new MetricsSummary(
        now,
        currencies,
        chosen,
        metrics.dso(chosen),
        metrics.aging(chosen),
        metrics.cashRecoveredByWeek(chosen),
        metrics.recovery(chosen),
        metrics.collection(chosen),
        metrics.promisesKept(),
        metrics.touchesWithPaymentLink(),
        metrics.medianHoursToFirstReply().orElse(null),
        metrics.paymentPlans(chosen));
  }
}
