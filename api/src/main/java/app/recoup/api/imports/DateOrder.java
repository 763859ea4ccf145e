package app.recoup.api.imports;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which number comes first in a slash date (25/11/2026 or 11/25/2026), as the person importing says
 * it through the {@value #PARAMETER} parameter; without it each format keeps its own order.
 */
public enum DateOrder {
  DAY_FIRST("day-first", DateReader.dayFirst()),
  MONTH_FIRST("month-first", DateReader.monthFirst());

  public static final String PARAMETER = "dates";

  private final String value;
  private final DateReader reader;

  DateOrder(String value, DateReader reader) {
    this.value = value;
    this.reader = reader;
  }

  /**
   * @return null when the parameter is absent or blank
   * @throws InvalidDateOrderException naming the parameter and the values it takes
   */
  public static DateOrder fromParameter(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(values())
        .filter(order -> order.value.equalsIgnoreCase(text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidDateOrderException(
                    PARAMETER
                        + " must be "
                        + Arrays.stream(values())
                            .map(DateOrder::value)
                            .collect(Collectors.joining(" or "))
                        + ", not '"
                        + text
                        + "'"));
  }

  /** As the parameter writes it. */
  public String value() {
    return value;
  }

  DateReader reader() {
    return reader;
  }

  /** A {@value #PARAMETER} value that is not one of the orders. */
  public static final class InvalidDateOrderException extends IllegalArgumentException {
    InvalidDateOrderException(String message) {
      super(message);
    }
  }
}
