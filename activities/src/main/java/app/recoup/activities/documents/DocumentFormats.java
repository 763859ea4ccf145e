package app.recoup.activities.documents;

import app.recoup.activities.messaging.drafting.LocalFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
    return LocalFormats.amount(amount, currency, locale);
  }

  public String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }
}
