package app.recoup.activities.connectors;

/**
 * The grant is gone (refresh token expired or revoked, company disconnected at the vendor): the
 * connection is disconnected and an admin is asked to connect again.
 */
public class BooksAuthorisationLost extends RuntimeException {

  public BooksAuthorisationLost(String message) {
    super(message);
  }
}
