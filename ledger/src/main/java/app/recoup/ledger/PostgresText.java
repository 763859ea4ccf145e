package app.recoup.ledger;

/** What a PostgreSQL text column can hold of what strangers send. */
public final class PostgresText {

  private PostgresText() {}

  /** PostgreSQL refuses the NUL character in text; it is kept as its six-character escape instead. */
  public static String withoutNul(String text) {
    return text == null ? null : text.replace("\0", "\\u0000");
  }
}
