package app.recoup.web.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Working capital freed = annual revenue / 365 x days of DSO reduction. */
record RoiCalculator(String revenue, String reduction) {

  static final int MAX_REDUCTION_DAYS = 365;

  boolean asked() {
    return revenue != null || reduction != null;
  }

  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal annual = number(revenue);
    if (annual == null || annual.signum() <= 0) {
      errors.put("revenue", "Enter your annual revenue as a positive number, e.g. 2500000.");
    }
    BigDecimal days = number(reduction);
    if (days == null || days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(MAX_REDUCTION_DAYS)) > 0) {
      errors.put("reduction", "Enter the days of DSO you expect to save, between 1 and 365.");
    }
    return errors;
  }

  /** Only when {@link #errors()} is empty. */
  BigDecimal workingCapitalFreed() {
    return number(revenue)
        .multiply(number(reduction))
        .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(",", "").replace(" ", ""));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
