package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.PermanentDeliveryFailure;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.InboundMessages;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.PhoneNumbers;
import app.recoup.workflows.vocabulary.Channel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * WhatsApp through Twilio's Messages API ({@code whatsapp:} addresses). WhatsApp lets a business
 * write freely only within 24 hours of the customer's last message to it (the customer-service
 * window); outside it only an approved template may open the conversation, so the message goes as
 * the configured Content API template, filled with the business's name and the reminder's subject.
 */
class WhatsAppTransport implements Transport {

  static final Duration SERVICE_WINDOW = Duration.ofHours(24);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TwilioMessages twilio;
  private final WhatsAppProperties properties;
  private final String businessName;
  private final URI statusCallback;
  private final InboundMessages inbound;
  private final Clock clock;

  WhatsAppTransport(
      TwilioMessages twilio,
      WhatsAppProperties properties,
      String businessName,
      URI statusCallback,
      InboundMessages inbound,
      Clock clock) {
    this.twilio = twilio;
    this.properties = properties;
    this.businessName = businessName;
    this.statusCallback = statusCallback;
    this.inbound = inbound;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.WHATSAPP;
  }

  @Override
  public String deliver(OutboxEntry message, List<String> thread) {
    MessageCreator creator =
        insideServiceWindow(message.recipient())
            ? Message.creator(
                address(message.recipient()), address(properties.from()), message.textBody())
            : template(message);
    return twilio.create(creator.setStatusCallback(statusCallback), message.recipient());
  }

  private boolean insideServiceWindow(String recipient) {
    Instant windowOpensAt = clock.instant().minus(SERVICE_WINDOW);
    return inbound
        .lastFromPhone(Channel.WHATSAPP, recipient)
        .filter(last -> last.isAfter(windowOpensAt))
        .isPresent();
  }

  private MessageCreator template(OutboxEntry message) {
    if (!properties.hasTemplate()) {
      throw new PermanentDeliveryFailure(
          "outside WhatsApp's 24-hour window a template is required, and"
              + " recoup.whatsapp.template-sid is not set",
          null);
    }
    String subject = message.subject() == null ? "" : message.subject().strip();
    try {
      return Message.creator(
              address(message.recipient()), address(properties.from()), (String) null)
          .setContentSid(properties.templateSid())
          .setContentVariables(
              JSON.writeValueAsString(
                  new TreeMap<>(Map.of("1", businessName, "2", subject.replaceAll("\\s+", " ")))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Twilio's WhatsApp address for a phone number however it was written. */
  static PhoneNumber address(String phone) {
    return new PhoneNumber("whatsapp:" + PhoneNumbers.normalize(phone));
  }
}
