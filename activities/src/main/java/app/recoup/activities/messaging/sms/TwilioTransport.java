package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.workflows.vocabulary.Channel;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.List;

/** SMS through Twilio's Messages API with the official SDK. */
class TwilioTransport implements Transport {

  private final TwilioMessages twilio;
  private final String from;
  private final URI statusCallback;

  TwilioTransport(TwilioMessages twilio, String from, URI statusCallback) {
    this.twilio = twilio;
    this.from = from;
    this.statusCallback = statusCallback;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public String deliver(OutboxEntry message, List<String> thread) {
    return twilio.create(
        Message.creator(
                new PhoneNumber(message.recipient()), new PhoneNumber(from), message.textBody())
            .setStatusCallback(statusCallback),
        message.recipient());
  }
}
