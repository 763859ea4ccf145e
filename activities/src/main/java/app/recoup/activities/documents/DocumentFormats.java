package app.recoup.activities.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How amounts and dates read in the documents a customer receives: the one place that decides, in
 * the business's locale today (a customer's own locale is a later switch here).
 */
@Component
public class DocumentFormats {

  private final Locale locale;

  DocumentFormats(@Value("${recoup.business.locale:en-US}") String locale) {
    this.locale = Locale.forLanguageTag(locale);
  }

  /** The amount in its currency's own decimals, with the currency's symbol or code. */
  public String money(BigDecimal amount, String currency) {
    return money(amount, currency, locale);
  }

  /** The one way amounts are written to customers, in reminders as in documents. */
  public static String money(BigDecimal amount, String currency, Locale locale) {
    Currency unit = Currency.getInstance(currency);
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(unit);
    format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
    format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
    return format.format(amount);
  }

  public String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }
}
