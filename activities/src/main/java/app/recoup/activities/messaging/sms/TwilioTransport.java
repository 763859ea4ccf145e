package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.PermanentDeliveryFailure;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.SmsOptOuts;
import app.recoup.workflows.vocabulary.Channel;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** SMS through Twilio's Messages API with the official SDK. */
class TwilioTransport implements Transport {

  static final int INVALID_TO_NUMBER = 21211;
  static final int NOT_A_MOBILE_NUMBER = 21614;
  static final int UNSUBSCRIBED_RECIPIENT = 21610;
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429);

  private final TwilioRestClient client;
  private final String from;
  private final URI statusCallback;
  private final SmsOptOuts optOuts;

  TwilioTransport(TwilioRestClient client, String from, URI statusCallback, SmsOptOuts optOuts) {
    this.client = client;
    this.from = from;
    this.statusCallback = statusCallback;
    this.optOuts = optOuts;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public String deliver(OutboxEntry message, List<String> thread) {
    try {
      return Message.creator(
              new PhoneNumber(message.recipient()), new PhoneNumber(from), message.textBody())
          .setStatusCallback(statusCallback)
          .create(client)
          .getSid();
    } catch (ApiConnectionException e) {
      throw new TransientDeliveryFailure("Twilio unreachable: " + e.getMessage(), e);
    } catch (ApiException e) {
      String what = "Twilio " + e.getStatusCode() + " error " + e.getCode() + ": " + e.getMessage();
      if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
        optOuts.optOut(message.recipient(), "twilio-" + UNSUBSCRIBED_RECIPIENT);
      }
      Integer status = e.getStatusCode();
      if (status == null || status >= 500 || RETRYABLE_STATUS.contains(status)) {
        throw new TransientDeliveryFailure(what, e);
      }
      throw new PermanentDeliveryFailure(what, e);
    }
  }
}
