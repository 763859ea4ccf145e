package app.recoup.ledger.backup;

/** A backup that cannot be restored here, with the reason a user can act on. */
public class RestoreRefusedException extends RuntimeException {

  RestoreRefusedException(String message) {
    super(message);
  }
}
