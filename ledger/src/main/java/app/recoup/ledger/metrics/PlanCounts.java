package app.recoup.ledger.metrics;

import java.math.BigDecimal;

/**
 * Payment plans in one currency: how many were made (agreed, whether by a collector or by a person
 * approving the customer's request), kept (every instalment paid) and broken (an instalment missed
 * and not made good).
 */
public record PlanCounts(long made, long kept, long broken) {

  /** Of plans that ran to an end either way, the share kept. */
  public Rate keptOfEnded() {
    return new Rate(BigDecimal.valueOf(kept), BigDecimal.valueOf(kept + broken));
  }
}
