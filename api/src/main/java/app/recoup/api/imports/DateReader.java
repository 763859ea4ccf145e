package app.recoup.api.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads dates in the patterns one source writes, strictly: 2026-02-30 is refused rather than
 * quietly becoming 2026-02-28. ISO dates (2026-11-25) are accepted from every source.
 */
final class DateReader {

  private final String expected;
  private final List<DateTimeFormatter> formatters;

  private DateReader(String expected, String... patterns) {
    this.expected = expected;
    this.formatters =
        Arrays.stream(patterns)
            .map(
                pattern ->
                    new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(pattern)
                        .toFormatter(Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT))
            .toList();
  }

  static DateReader iso() {
    return new DateReader("yyyy-mm-dd", "uuuu-MM-dd");
  }

  /** Xero's UK, AU and NZ exports: 25/11/2026 or 25 Nov 2026. */
  static DateReader dayFirst() {
    return new DateReader(
        "dd/mm/yyyy or 25 Nov 2026", "d/M/uuuu", "d MMM uuuu", "d MMMM uuuu", "uuuu-MM-dd");
  }

  /** QuickBooks Online (US): 11/25/2026. */
  static DateReader monthFirst() {
    return new DateReader("mm/dd/yyyy", "M/d/uuuu", "uuuu-MM-dd");
  }

  LocalDate read(String text) {
    for (DateTimeFormatter formatter : formatters) {
      try {
        return LocalDate.parse(text, formatter);
      } catch (DateTimeParseException notThisPattern) {
        // try the next pattern
      }
    }
    throw new InvalidValueException("'" + text + "' is not a valid date (expected " + expected + ")");
  }
}
