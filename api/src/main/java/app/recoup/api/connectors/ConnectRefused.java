package app.recoup.api.connectors;

/** Connecting cannot go on; the message says why, fit for the admin who tried. */
public class ConnectRefused extends RuntimeException {

  public ConnectRefused(String message) {
    super(message);
  }
}
