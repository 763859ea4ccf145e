package app.recoup.activities.messaging.drafting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates written the customer's way: their locale's number and date conventions, the
 * invoice's currency, their time zone. Every message Recoup renders formats through here.
 */
public record LocalFormats(Locale locale, ZoneId zone) {

  /** {@code 1.234,56 €} for a German customer, {@code €1,234.56} for an American one. */
  public String amount(BigDecimal amount, String currencyCode) {
    return amount(amount, currencyCode, locale);
  }

  /** The one way amounts are written to customers, in messages as in documents. */
  public static String amount(BigDecimal amount, String currencyCode, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency currency = Currency.getInstance(currencyCode);
    format.setCurrency(currency);
    format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    return format.format(amount);
  }

  /** {@code 8. Februar 2026}, {@code February 8, 2026}. */
  public String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /** The day an instant falls on in the customer's zone, written their way. */
  public String date(Instant instant) {
    return date(day(instant));
  }

  public LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }
}
