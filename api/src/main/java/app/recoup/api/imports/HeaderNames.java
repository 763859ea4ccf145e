package app.recoup.api.imports;

import java.util.Locale;

final class HeaderNames {

  private HeaderNames() {}

  /**
   * Compares headers the way people write them: "Due Date", "due_date", "DueDate" and "*DueDate"
   * (Xero marks required columns with a star) are the same column.
   */
  static String normalise(String header) {
    StringBuilder letters = new StringBuilder(header.length());
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(letters::appendCodePoint);
    return letters.toString();
  }
}
