package app.recoup.workflows.fees;

import java.math.BigDecimal;

/**
 * A late fee a cadence step carries, in the invoice's currency.
 *
 * @param value FIXED: the amount; PERCENT_OF_BALANCE: percent of the outstanding balance;
 *     STATUTORY_INTEREST: annual rate in percent, accrued daily on the outstanding balance
 * @param cap the most this case is charged in late fees of all steps together; null for none
 */
public record LateFee(Kind kind, BigDecimal value, BigDecimal cap) {

  public enum Kind {
    FIXED,
    PERCENT_OF_BALANCE,
    STATUTORY_INTEREST
  }

  public LateFee {
    if (kind == null || value == null || value.signum() <= 0) {
      throw new IllegalArgumentException("a late fee needs a kind and a value above zero");
    }
    if (cap != null && cap.signum() <= 0) {
      throw new IllegalArgumentException("a late-fee cap must be above zero");
    }
  }
}
