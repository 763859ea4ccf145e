package app.recoup.activities.connectors.xero;

/**
 * Xero answered a call with an error other than 429: a 401 (the access token is not valid for the
 * organisation), a validation error of a write (400 with Xero's {@code
 * Elements[].ValidationErrors}), or a server error.
 */
public class XeroApiException extends RuntimeException {

  private final int status;

  XeroApiException(String call, int status, String body) {
    super(call + " answered " + status + (body == null || body.isBlank() ? "" : ": " + body));
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** A server error or a timeout-like answer that another attempt may not meet. */
  public boolean transientFailure() {
    return status >= 500;
  }
}
