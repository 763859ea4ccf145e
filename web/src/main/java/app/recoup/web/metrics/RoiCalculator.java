package app.recoup.web.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Working capital freed = annual revenue / 365 x days of DSO reduction. */
record RoiCalculator(String revenue, String reduction) {

  static final int MAX_REDUCTION_DAYS = 365;

  /** A trillion a year is beyond any business this tool serves; larger inputs are mistakes. */
  static final BigDecimal MAX_REVENUE = new BigDecimal("1000000000000");

  /**
   * Plain digits with at most two decimals, no exponent: {@code 1e999999999} is a tiny text whose
   * value would take minutes and gigabytes to multiply out and print.
   */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

  boolean asked() {
    return revenue != null || reduction != null;
  }

  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal annual = number(revenue);
    if (annual == null || annual.signum() <= 0 || annual.compareTo(MAX_REVENUE) > 0) {
      errors.put(
          "revenue",
          "Enter your annual revenue as a positive number up to 1,000,000,000,000, e.g. 2500000.");
    }
    BigDecimal days = number(reduction);
    if (days == null
        || days.signum() <= 0
        || days.compareTo(BigDecimal.valueOf(MAX_REDUCTION_DAYS)) > 0) {
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
    String plain = text.trim().replace(",", "").replace(" ", "");
    return PLAIN_NUMBER.matcher(plain).matches() ? new BigDecimal(plain) : null;
  }
}
