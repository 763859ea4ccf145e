package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.PermanentDeliveryFailure;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.customers.Channel;
import app.recoup.ledger.messaging.OutboxEntry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Email over SMTP: multipart HTML + text, own Message-ID, threaded on the case's earlier emails. */
public class SmtpTransport implements Transport {

  private final JavaMailSenderImpl sender;
  private final BusinessProperties business;
  private final ReplyAddresses replyAddresses;

  public SmtpTransport(
      JavaMailSenderImpl sender, BusinessProperties business, ReplyAddresses replyAddresses) {
    this.sender = sender;
    this.business = business;
    this.replyAddresses = replyAddresses;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public String deliver(OutboxEntry message, List<String> thread) {
    MimeMessage mime;
    try {
      mime = compose(message, thread);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new PermanentDeliveryFailure("cannot address the email: " + e.getMessage(), e);
    }
    try {
      sender.send(mime);
    } catch (MailParseException | MailPreparationException e) {
      throw new PermanentDeliveryFailure(e.getMessage(), e);
    } catch (MailException e) {
      if (refusedForGood(e)) {
        throw new PermanentDeliveryFailure(e.getMessage(), e);
      }
      throw new TransientDeliveryFailure(e.getMessage(), e);
    }
    return message.messageId();
  }

  private MimeMessage compose(OutboxEntry message, List<String> thread)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = new OwnIdMimeMessage(sender.getSession(), message.messageId());
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(business.from(), business.name());
    helper.setReplyTo(
        business.perCaseReplyTo() && message.caseId() != null
            ? replyAddresses.forCase(message.caseId())
            : business.replyTo());
    helper.setTo(message.recipient());
    helper.setSubject(message.subject() == null ? "" : message.subject());
    if (message.html() == null) {
      helper.setText(message.textBody());
    } else {
      helper.setText(message.textBody(), message.html());
    }
    if (!thread.isEmpty()) {
      mime.setHeader("In-Reply-To", thread.get(thread.size() - 1));
      mime.setHeader("References", String.join(" ", thread));
    }
    return mime;
  }

  /** A 5xx reply or an address the server rejects will not get better by retrying. */
  private static boolean refusedForGood(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SMTPAddressFailedException address) {
        return address.getReturnCode() >= 500;
      }
      if (t instanceof SMTPSendFailedException send) {
        return send.getReturnCode() >= 500;
      }
      if (t instanceof AddressException) {
        return true;
      }
      if (t instanceof org.springframework.mail.MailSendException send) {
        for (Exception each : send.getFailedMessages().values()) {
          if (refusedForGood(each)) {
            return true;
          }
        }
      }
      if (t instanceof SendFailedException sendFailed && sendFailed.getNextException() != null
          && refusedForGood(sendFailed.getNextException())) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the Message-ID we chose instead of the one JavaMail generates when saving. */
  private static final class OwnIdMimeMessage extends MimeMessage {

    private final String messageId;

    OwnIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
