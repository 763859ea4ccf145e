package app.recoup.activities.messaging;

/** The provider could not take the message now (connection, 4xx SMTP, rate limit): retry later. */
public class TransientDeliveryFailure extends RuntimeException {

  public TransientDeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
