package app.recoup.ledger.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of something, with what it is made of; no base means no rate yet. */
public record Rate(BigDecimal part, BigDecimal whole) {

  /** Percent with one decimal, or null when there is nothing to measure. */
  public BigDecimal percent() {
    if (whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
