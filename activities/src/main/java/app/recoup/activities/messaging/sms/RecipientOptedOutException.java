package app.recoup.activities.messaging.sms;

/** The number answered STOP: never retry; reach the customer on another channel. */
public class RecipientOptedOutException extends RuntimeException {

  public RecipientOptedOutException(String phone) {
    super(phone + " has opted out of SMS");
  }
}
