package app.recoup.activities.connectors.xero;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xero's JSON writes dates the Microsoft way, {@code /Date(1795564800000+0000)/}: milliseconds
 * since the epoch, with an offset that is informational only. A date without a time of day (an
 * invoice's Date, DueDate) is midnight UTC of that date. Its *String fields write ISO local
 * date-times, {@code 2026-11-25T00:00:00}, which are taken as well.
 */
final class XeroDates {

  private static final Pattern MICROSOFT = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

  private XeroDates() {}

  static Instant instant(String text) {
    Matcher microsoft = MICROSOFT.matcher(text.strip());
    if (microsoft.matches()) {
      return Instant.ofEpochMilli(Long.parseLong(microsoft.group(1)));
    }
    try {
      return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notIso) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a Xero date (expected /Date(milliseconds+0000)/)");
    }
  }

  static LocalDate date(String text) {
    return LocalDate.ofInstant(instant(text), ZoneOffset.UTC);
  }
}
