package app.recoup.activities.messaging.email;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.activities.messaging.MessagingProperties;
import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxAttachments;
import java.time.Duration;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Senders on the test's outbox whose SMTP server refuses connections. */
@Component
class UnreachableSmtp {

  private final Outbox outbox;
  private final CaseLog caseLog;
  private final MessageIds messageIds;
  private final BusinessProperties business;
  private final ReplyAddresses replyAddresses;
  private final OutboxAttachments attachments;

  UnreachableSmtp(
      Outbox outbox,
      CaseLog caseLog,
      MessageIds messageIds,
      BusinessProperties business,
      ReplyAddresses replyAddresses,
      OutboxAttachments attachments) {
    this.outbox = outbox;
    this.caseLog = caseLog;
    this.messageIds = messageIds;
    this.business = business;
    this.replyAddresses = replyAddresses;
    this.attachments = attachments;
  }

  /** A sender with a five-minute lease. */
  MessageSender sender() {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("localhost");
    mail.setPort(1);
    return new MessageSender(
        outbox,
        caseLog,
        messageIds,
        new MessagingProperties(Duration.ofMinutes(5)),
        List.of(new SmtpTransport(mail, business, replyAddresses, attachments)));
  }
}
