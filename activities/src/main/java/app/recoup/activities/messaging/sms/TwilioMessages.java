package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.PermanentDeliveryFailure;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.ledger.messaging.SmsOptOuts;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.MessageCreator;
import java.util.Set;

/**
 * Creates messages through Twilio's Messages API (SMS and WhatsApp alike) and sorts its errors into
 * "try again later" and "cannot be delivered"; a recipient Twilio knows as unsubscribed is opted
 * out here too.
 */
class TwilioMessages {

  static final int UNSUBSCRIBED_RECIPIENT = 21610;
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429);

  private final TwilioRestClient client;
  private final SmsOptOuts optOuts;

  TwilioMessages(TwilioRestClient client, SmsOptOuts optOuts) {
    this.client = client;
    this.optOuts = optOuts;
  }

  /** Returns Twilio's message SID. */
  String create(MessageCreator message, String recipient) {
    try {
      return message.create(client).getSid();
    } catch (ApiConnectionException e) {
      throw new TransientDeliveryFailure("Twilio unreachable: " + e.getMessage(), e);
    } catch (ApiException e) {
      String what = "Twilio " + e.getStatusCode() + " error " + e.getCode() + ": " + e.getMessage();
      if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
        optOuts.optOut(recipient, "twilio-" + UNSUBSCRIBED_RECIPIENT);
      }
      Integer status = e.getStatusCode();
      if (status == null || status >= 500 || RETRYABLE_STATUS.contains(status)) {
        throw new TransientDeliveryFailure(what, e);
      }
      throw new PermanentDeliveryFailure(what, e);
    }
  }
}
