package app.recoup.api.imports;

import java.util.Map;

/** What a row of an imported file is, however the file calls it. */
enum DocumentType {
  INVOICE,
  CREDIT_NOTE;

  /** Recoup's, Xero's and QuickBooks' words, compared as {@link HeaderNames#normalise} does. */
  private static final Map<String, DocumentType> NAMES =
      Map.of(
          "invoice", INVOICE,
          "salesinvoice", INVOICE,
          "creditnote", CREDIT_NOTE,
          "salescreditnote", CREDIT_NOTE,
          "creditmemo", CREDIT_NOTE);

  /** Null for a word that names neither. */
  static DocumentType named(String text) {
    return NAMES.get(HeaderNames.normalise(text));
  }
}
