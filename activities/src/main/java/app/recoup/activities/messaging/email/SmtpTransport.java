package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.PermanentDeliveryFailure;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.activities.messaging.Transport;
import app.recoup.ledger.messaging.Attachment;
import app.recoup.ledger.messaging.OutboxAttachments;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.workflows.vocabulary.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP: multipart HTML + text with the outbox row's files, own Message-ID, threaded on
 * the case's earlier emails. Connection settings come from Spring's {@code spring.mail.*} (the
 * JavaMailSenderImpl); open connections are kept and reused.
 */
public class SmtpTransport implements Transport, AutoCloseable {

  private static final int MAX_IDLE_CONNECTIONS = 16;

  private final JavaMailSenderImpl sender;
  private final BusinessProperties business;
  private final ReplyAddresses replyAddresses;
  private final OutboxAttachments attachments;
  private final BlockingQueue<jakarta.mail.Transport> idleConnections =
      new ArrayBlockingQueue<>(MAX_IDLE_CONNECTIONS);

  public SmtpTransport(
      JavaMailSenderImpl sender,
      BusinessProperties business,
      ReplyAddresses replyAddresses,
      OutboxAttachments attachments) {
    this.sender = sender;
    this.business = business;
    this.replyAddresses = replyAddresses;
    this.attachments = attachments;
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
      mime.saveChanges();
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new PermanentDeliveryFailure("cannot address the email: " + e.getMessage(), e);
    }
    jakarta.mail.Transport connection;
    try {
      connection = borrow();
    } catch (MessagingException e) {
      throw new TransientDeliveryFailure("SMTP server unreachable: " + e.getMessage(), e);
    }
    try {
      connection.sendMessage(mime, mime.getAllRecipients());
    } catch (MessagingException e) {
      closeQuietly(connection);
      if (refusedForGood(e)) {
        throw new PermanentDeliveryFailure(e.getMessage(), e);
      }
      throw new TransientDeliveryFailure(e.getMessage(), e);
    }
    giveBack(connection);
    return message.messageId();
  }

  /**
   * An open connection, checked with NOOP, else a new one. Reusing connections is what makes SMTP
   * fast: a fresh connection per email costs tens of milliseconds of handshake.
   */
  private jakarta.mail.Transport borrow() throws MessagingException {
    jakarta.mail.Transport idle;
    while ((idle = idleConnections.poll()) != null) {
      if (idle.isConnected()) {
        return idle;
      }
      closeQuietly(idle);
    }
    jakarta.mail.Transport connection = sender.getSession().getTransport(sender.getProtocol());
    connection.connect(
        sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    return connection;
  }

  private void giveBack(jakarta.mail.Transport connection) {
    if (!idleConnections.offer(connection)) {
      closeQuietly(connection);
    }
  }

  @Override
  public void close() {
    jakarta.mail.Transport idle;
    while ((idle = idleConnections.poll()) != null) {
      closeQuietly(idle);
    }
  }

  private static void closeQuietly(jakarta.mail.Transport connection) {
    try {
      connection.close();
    } catch (MessagingException e) {
      // the connection is being dropped anyway
    }
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
    helper.setTo(InternetAddress.parse(message.recipient()));
    if (message.cc() != null) {
      helper.setCc(InternetAddress.parse(message.cc()));
    }
    helper.setSubject(message.subject() == null ? "" : message.subject());
    if (message.html() == null) {
      helper.setText(message.textBody());
    } else {
      helper.setText(message.textBody(), message.html());
    }
    for (Attachment file : attachments.of(message.id())) {
      var content = new ByteArrayResource(file.content());
      if (file.isInline()) {
        helper.addInline(file.contentId(), content, file.contentType());
      } else {
        helper.addAttachment(file.filename(), content, file.contentType());
      }
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
      if (t instanceof SendFailedException sendFailed) {
        boolean invalid =
            sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0;
        if (invalid
            || sendFailed.getNextException() != null
                && refusedForGood(sendFailed.getNextException())) {
          return true;
        }
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
