package app.recoup.workflows.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a step's late fee comes to. Pure: amounts in, amount out, rounded half-up to the currency's
 * minor units. Interest accrues day by day on the principal outstanding each day (so a partial
 * payment lowers it from the day it arrived), on an actual/365 basis, from the day after the due
 * date; interest already charged by earlier steps is deducted, so interest is never charged twice.
 */
public final class LateFees {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private LateFees() {}

  /**
   * @param principal the outstanding principal now (fees excluded)
   * @param history the principal outstanding over time, oldest first; the first entry's date is the
   *     due date or earlier
   * @param alreadyCharged late fees this case was charged before (all steps)
   * @param scale the currency's minor units (2 for EUR)
   */
  public static BigDecimal due(
      LateFee fee,
      BigDecimal principal,
      LocalDate dueDate,
      LocalDate today,
      List<BalanceChange> history,
      BigDecimal alreadyCharged,
      int scale) {
    BigDecimal amount =
        switch (fee.kind()) {
          case FIXED -> fee.value();
          case PERCENT_OF_BALANCE -> principal.multiply(fee.value()).divide(HUNDRED);
          case STATUTORY_INTEREST ->
              interest(fee.value(), dueDate, today, history)
                  .subtract(alreadyCharged)
                  .max(BigDecimal.ZERO);
        };
    if (fee.cap() != null) {
      amount = amount.min(fee.cap().subtract(alreadyCharged).max(BigDecimal.ZERO));
    }
    return amount.setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * Simple interest at {@code annualPercent} on each day's outstanding principal after due, to
   * today.
   */
  static BigDecimal interest(
      BigDecimal annualPercent, LocalDate dueDate, LocalDate today, List<BalanceChange> history) {
    BigDecimal principalDays = BigDecimal.ZERO;
    for (int i = 0; i < history.size(); i++) {
      LocalDate from = max(history.get(i).from(), dueDate);
      LocalDate until = i + 1 < history.size() ? min(history.get(i + 1).from(), today) : today;
      long days = ChronoUnit.DAYS.between(from, until);
      if (days > 0) {
        principalDays =
            principalDays.add(history.get(i).outstanding().multiply(BigDecimal.valueOf(days)));
      }
    }
    return principalDays
        .multiply(annualPercent)
        .divide(HUNDRED)
        .divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_UP);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
