package app.recoup.api.payments;

/** A resolution that does not fit the exception or the books; the API answers 4xx. */
public class ResolutionRefused extends RuntimeException {

  private final int status;

  public ResolutionRefused(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
