package app.recoup.ledger.customers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Languages as customers have them: ISO 639-1 codes such as {@code de}, stored lower case. */
public final class Languages {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private Languages() {}

  /** The code a person typed ({@code DE}, {@code " nl "}), or empty when it is not ISO 639-1. */
  public static Optional<String> code(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toLowerCase(Locale.ROOT);
    return ISO_639_1.contains(code) ? Optional.of(code) : Optional.empty();
  }

  /** How a member of the team reads the language: {@code German}. */
  public static String name(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }
}
