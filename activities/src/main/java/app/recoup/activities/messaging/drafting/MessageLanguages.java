package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.Languages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which language a customer's messages are written in, and with which locale their money and dates
 * are formatted. The business's locale setting ({@code recoup.business.locale}, default {@code
 * en-US}) names its default language: customers without a language of their own read that one.
 */
@Component
public class MessageLanguages {

  /** The languages Recoup ships wording for; the editor offers these. */
  public static final List<String> SHIPPED = List.of("en", "de", "fr", "es", "nl");

  private final Locale businessLocale;

  MessageLanguages(@Value("${recoup.business.locale:en-US}") String businessLocale) {
    this.businessLocale = Locale.forLanguageTag(businessLocale);
  }

  /** ISO 639-1 code of the business's default language. */
  public String defaultLanguage() {
    return businessLocale.getLanguage();
  }

  public String of(Customer customer) {
    return customer.getLanguage() == null ? defaultLanguage() : customer.getLanguage();
  }

  /**
   * The locale for a language: the business's own (with its country) for the business's language,
   * the language alone otherwise ({@code de} writes {@code 1.234,56 €} as Germany does).
   */
  public Locale locale(String language) {
    return language.equals(defaultLanguage()) ? businessLocale : Locale.forLanguageTag(language);
  }

  /** The shipped languages' codes with their English names, in {@link #SHIPPED}'s order. */
  public static Map<String, String> shippedNames() {
    Map<String, String> names = new LinkedHashMap<>();
    SHIPPED.forEach(code -> names.put(code, Languages.name(code)));
    return names;
  }
}
