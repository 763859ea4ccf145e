package app.recoup.api.plans;

import app.recoup.api.plans.PlanRequest.InstalmentRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a customer asks for in the portal: the balance in equal monthly payments from a first date,
 * in the currency's decimals, the last one taking what rounding left over.
 */
public final class EvenSplit {

  private EvenSplit() {}

  public static List<InstalmentRequest> monthly(
      BigDecimal balance, String currency, int count, LocalDate first) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    BigDecimal each = balance.divide(BigDecimal.valueOf(count), digits, RoundingMode.DOWN);
    List<InstalmentRequest> instalments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BigDecimal amount =
          i < count - 1
              ? each
              : balance.subtract(each.multiply(BigDecimal.valueOf(count - 1))).setScale(digits);
      instalments.add(new InstalmentRequest(first.plusMonths(i), amount, currency));
    }
    return instalments;
  }
}
