package app.recoup.activities.portal;

/** A portal token that opens nothing: unknown or tampered (404), expired or revoked (410). */
public class TokenRejected extends RuntimeException {

  private final int status;

  public TokenRejected(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
