package app.recoup.ledger;

/** LIKE patterns from what a person typed: their % and _ mean themselves (escape '\'). */
public final class Like {

  private Like() {}

  /** Matches text starting with {@code typed}, case-insensitively against lower(column). */
  public static String prefix(String typed) {
    return typed.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
  }
}
