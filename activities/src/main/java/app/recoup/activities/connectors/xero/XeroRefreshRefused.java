package app.recoup.activities.connectors.xero;

/**
 * Xero's token endpoint refused the grant ({@code invalid_grant}: the refresh token expired after
 * 60 days unused, was used already, or the app was disconnected in Xero). Trying again cannot help:
 * an admin has to connect again.
 */
public class XeroRefreshRefused extends RuntimeException {

  private final String error;

  XeroRefreshRefused(String error, String description) {
    super(
        "Xero refused the token grant: "
            + error
            + (description == null || description.isBlank() ? "" : " (" + description + ")"));
    this.error = error;
  }

  /** The OAuth error code, e.g. {@code invalid_grant}. */
  public String error() {
    return error;
  }
}
