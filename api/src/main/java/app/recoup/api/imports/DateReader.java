package app.recoup.api.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in the patterns one source writes, strictly: 2026-02-30 is refused rather than
 * quietly becoming 2026-02-28. ISO dates (2026-11-25) are accepted from every source.
 */
final class DateReader {

  private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/(\\d{1,2})/\\d{4}");

  private final String expected;
  private final boolean dayFirst;
  private final List<DateTimeFormatter> formatters;

  private DateReader(String expected, boolean dayFirst, String... patterns) {
    this.expected = expected;
    this.dayFirst = dayFirst;
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
    return new DateReader("yyyy-mm-dd", false, "uuuu-MM-dd");
  }

  /** Xero's UK, AU and NZ exports: 25/11/2026 or 25 Nov 2026. */
  static DateReader dayFirst() {
    return new DateReader(
        "dd/mm/yyyy or 25 Nov 2026", true, "d/M/uuuu", "d MMM uuuu", "d MMMM uuuu", "uuuu-MM-dd");
  }

  /** QuickBooks Online (US): 11/25/2026. */
  static DateReader monthFirst() {
    return new DateReader("mm/dd/yyyy", false, "M/d/uuuu", "uuuu-MM-dd");
  }

  LocalDate read(String text) {
    for (DateTimeFormatter formatter : formatters) {
      try {
        return LocalDate.parse(text, formatter);
      } catch (DateTimeParseException notThisPattern) {
        // try the next pattern
      }
    }
    throw new InvalidValueException(
        "'" + text + "' is not a valid date (expected " + expected + ")" + hint(text));
  }

  /** A day-first slash date whose month exceeds 12 was most likely written month first. */
  private String hint(String text) {
    Matcher slashDate = SLASH_DATE.matcher(text);
    if (dayFirst && slashDate.matches() && Integer.parseInt(slashDate.group(1)) > 12) {
      return "; if the file writes the month first, import it with "
          + DateOrder.PARAMETER
          + "="
          + DateOrder.MONTH_FIRST.value();
    }
    return "";
  }
}
