package app.recoup.ledger.embedded;

/** The working folder's database cannot be used as it is; says why and what to do instead. */
public class LocalDataDirectoryException extends RuntimeException {

  private final String action;

  LocalDataDirectoryException(String description, String action) {
    super(description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
