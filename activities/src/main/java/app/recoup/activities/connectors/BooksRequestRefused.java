package app.recoup.activities.connectors;

/**
 * The vendor refused a request in a way that trying again cannot fix (a validation fault, an
 * unknown invoice); the message is the vendor's own, fit for an admin's task.
 */
public class BooksRequestRefused extends RuntimeException {

  public BooksRequestRefused(String message) {
    super(message);
  }
}
