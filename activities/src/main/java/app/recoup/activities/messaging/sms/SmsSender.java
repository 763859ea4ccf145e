package app.recoup.activities.messaging.sms;

import app.recoup.activities.messaging.MessageSender;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutgoingMessage;
import app.recoup.ledger.messaging.SmsOptOuts;
import app.recoup.workflows.vocabulary.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Sends an SMS or a WhatsApp message through the outbox (exactly once per key), but only to numbers
 * that have not opted out (STOP on either channel stops both) and only inside the customer's
 * sending window.
 */
@Service
public class SmsSender {

  private final MessageSender messages;
  private final SmsOptOuts optOuts;
  private final SendingWindow window;
  private final Clock clock;

  public SmsSender(
      MessageSender messages,
      SmsOptOuts optOuts,
      SmsProperties properties,
      ObjectProvider<Clock> clock) {
    this.messages = messages;
    this.optOuts = optOuts;
    this.window = new SendingWindow(properties.windowStart(), properties.windowEnd());
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * @throws RecipientOptedOutException the number answered STOP (do not retry)
   * @throws SmsNotNowException outside the window (retry at its {@code nextAllowed()})
   */
  public OutboxEntry send(OutgoingMessage sms, ZoneId customerZone) {
    if (sms.channel() != Channel.SMS && sms.channel() != Channel.WHATSAPP) {
      throw new IllegalArgumentException("not to a phone: " + sms.channel());
    }
    if (optOuts.isOptedOut(sms.recipient())) {
      throw new RecipientOptedOutException(sms.recipient());
    }
    Instant now = clock.instant();
    Instant allowed = window.nextAllowed(now, customerZone);
    if (allowed.isAfter(now)) {
      throw new SmsNotNowException(allowed);
    }
    return messages.send(sms);
  }
}
