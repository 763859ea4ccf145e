package app.recoup.activities.approval;

import app.recoup.activities.messaging.SendRateLimit;
import app.recoup.activities.messaging.email.ReminderEmails;
import app.recoup.activities.messaging.sms.RecipientOptedOutException;
import app.recoup.activities.messaging.sms.SmsNotNowException;
import app.recoup.activities.messaging.sms.SmsSender;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.messaging.MessageKind;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutgoingMessage;
import app.recoup.workflows.vocabulary.Channel;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Hands an approved reminder, about one invoice or several, to the customer on its channel: email
 * to every "to" contact with the "cc" ones copied (branded, with the statement when asked), SMS or
 * WhatsApp to the primary contact's phone. The sending rate limit, SMS hours and opt-outs come back
 * as outcomes, not exceptions.
 */
@Component
class ReminderDispatch {

  private final ReminderEmails email;
  private final SmsSender phone;
  private final SendRateLimit rateLimit;

  ReminderDispatch(ReminderEmails email, SmsSender phone, SendRateLimit rateLimit) {
    this.email = email;
    this.phone = phone;
    this.rateLimit = rateLimit;
  }

  /**
   * @param key the outbox key: sending the same key twice delivers once
   * @param caseId the case the message threads with
   * @param withStatement attach the customer's statement whatever the email settings say
   */
  record Reminder(
      String key,
      Long caseId,
      Customer customer,
      Channel channel,
      String subject,
      String body,
      boolean withStatement) {}

  enum Outcome {
    HANDED,
    NOT_NOW,
    UNDELIVERABLE
  }

  /**
   * @param entry the outbox row, when handed over
   * @param recipients who it went to, as the timeline says it
   * @param retryAt when it may go, for {@link Outcome#NOT_NOW}
   * @param reason why it did not go
   */
  record Dispatch(
      Outcome outcome, OutboxEntry entry, String recipients, Instant retryAt, String reason) {

    static Dispatch notNow(Instant retryAt, String reason) {
      return new Dispatch(Outcome.NOT_NOW, null, null, retryAt, reason);
    }

    static Dispatch undeliverable(String reason) {
      return new Dispatch(Outcome.UNDELIVERABLE, null, null, null, reason);
    }
  }

  Dispatch send(Reminder reminder) {
    Customer customer = reminder.customer();
    Channel channel = reminder.channel();
    EmailRecipients mail = customer.emailRecipients();
    Contact contact = customer.billingContact();
    String recipient =
        channel == Channel.EMAIL
            ? mail.none() ? null : String.join(", ", mail.to())
            : contact == null ? null : contact.phone();
    if (recipient == null || recipient.isBlank()) {
      return Dispatch.undeliverable("no billing contact for " + channel.name().toLowerCase());
    }
    Optional<Instant> overLimit = rateLimit.refuse(channel);
    if (overLimit.isPresent()) {
      return Dispatch.notNow(overLimit.get(), "over the sending rate limit");
    }
    OutboxEntry entry;
    try {
      entry =
          channel == Channel.EMAIL
              ? email(reminder, recipient, mail)
              : phone.send(toPhone(reminder, recipient), customer.zone());
    } catch (SmsNotNowException quietHours) {
      return Dispatch.notNow(quietHours.nextAllowed(), "outside SMS hours");
    } catch (RecipientOptedOutException optedOut) {
      return Dispatch.undeliverable("recipient opted out of SMS");
    }
    String recipients = entry.cc() == null ? recipient : recipient + " (cc " + entry.cc() + ")";
    return new Dispatch(Outcome.HANDED, entry, recipients, null, null);
  }

  private OutboxEntry email(Reminder reminder, String to, EmailRecipients mail) {
    return email.send(
        new ReminderEmails.Email(
            MessageKind.REMINDER,
            reminder.key(),
            reminder.caseId(),
            reminder.customer().getId(),
            to,
            mail.cc(),
            reminder.subject(),
            reminder.body()),
        reminder.withStatement()
            ? ReminderEmails.Statement.ATTACHED
            : ReminderEmails.Statement.AS_SETTINGS_SAY);
  }

  private static OutgoingMessage toPhone(Reminder reminder, String phone) {
    return reminder.channel() == Channel.WHATSAPP
        ? OutgoingMessage.whatsApp(
            reminder.key(), reminder.caseId(), phone, reminder.subject(), reminder.body())
        : OutgoingMessage.sms(reminder.key(), reminder.caseId(), phone, reminder.body());
  }
}
