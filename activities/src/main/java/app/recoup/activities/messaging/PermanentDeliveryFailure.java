package app.recoup.activities.messaging;

/**
 * The provider will never take this message (invalid address or number, 5xx SMTP, hard 4xx API).
 */
public class PermanentDeliveryFailure extends RuntimeException {

  public PermanentDeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
