package app.recoup.ledger;

/** What a PostgreSQL text column can hold of what strangers send. */
public final class PostgresText {

  private PostgresText() {}

  /**
   * PostgreSQL refuses the NUL character in text; it is kept as its six-character escape instead.
   */
  public static String withoutNul(String text) {
    return text == null ? null : text.replace("\0", "\\u0000");
  }

  /** A NUL character in the text, raw or as a JSON escape that a parser would turn into one. */
  public static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0 || text.contains("\\u0000");
  }
}
