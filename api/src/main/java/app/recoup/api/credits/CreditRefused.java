package app.recoup.api.credits;

/**
 * Credit that cannot be given as asked, naming the field at fault (the API's 422, an import's row
 * error); nothing was written.
 */
public class CreditRefused extends RuntimeException {

  private final String field;

  CreditRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The request's field, or the import's column meaning, that is at fault. */
  public String field() {
    return field;
  }
}
