package app.recoup.activities.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.activities.messaging.email.MessageIds;
import app.recoup.activities.messaging.email.ReplyAddresses;
import app.recoup.ledger.messaging.OutgoingMessage;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.workflows.vocabulary.Channel;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Real SMTP out, a real customer reply over SMTP, the poller reading it over IMAP (GreenMail). */
@RecordApplicationEvents
class ImapRepliesTest extends ChannelsTest {

  @Autowired MessageSender sender;
  @Autowired ImapPoller poller;
  @Autowired MessageIds messageIds;
  @Autowired ReplyAddresses replyAddresses;
  @Autowired ApplicationEvents events;

  @Test
  void theCustomersReplyIsRecordedOnceAndPausesTheCase() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    sender.send(reminder(caseId, "pat@customer.test"));

    replyAsTheCustomer("pat@customer.test", "We will pay on Friday, the PO was delayed.");
    assertThat(poller.poll()).isEqualTo(1);
    assertThat(poller.poll()).isZero();
    markAllUnseen();
    assertThat(poller.poll()).isEqualTo(1);

    assertThat(fixtures.events(caseId, "reply.received")).isEqualTo(1);
    assertThat(events.stream(ReplyReceived.class))
        .containsExactly(
            new ReplyReceived(caseId, Channel.EMAIL, "We will pay on Friday, the PO was delayed."));
  }

  @Test
  void anOutOfOfficeAnswerIsLoggedButDoesNotPause() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    sender.send(reminder(caseId, "pat@customer.test"));
    MimeMessage auto =
        incoming("pat@customer.test", "Out of Office: Invoice reminder", "I am away until Monday.");
    auto.setHeader("In-Reply-To", messageIds.forKey("touch-" + caseId + "-1"));
    auto.setHeader("Auto-Submitted", "auto-replied");
    COLLECTIONS_MAILBOX.deliver(auto);

    poller.poll();

    assertThat(fixtures.events(caseId, "auto-reply.received")).isEqualTo(1);
    assertThat(fixtures.events(caseId, "reply.received")).isZero();
    assertThat(events.stream(ReplyReceived.class)).isEmpty();
  }

  @Test
  void aBounceMarksTheContactAndTheSentMessageAndOpensATask() throws Exception {
    long caseId = fixtures.openCase("gone@customer.test", null);
    sender.send(reminder(caseId, "gone@customer.test"));
    COLLECTIONS_MAILBOX.deliver(
        bounceOf(messageIds.forKey("touch-" + caseId + "-1"), "gone@customer.test"));

    poller.poll();

    assertThat(fixtures.tasks(caseId, "email.bounced")).isEqualTo(1);
    assertThat(fixtures.events(caseId, "message.bounced")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select email_bounced_at is not null from customer_contact where email = 'gone@customer.test'")
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql("select delivery_status from outbox_message where idempotency_key = :key")
                .param("key", "touch-" + caseId + "-1")
                .query(String.class)
                .single())
        .isEqualTo("bounced");
    assertThat(events.stream(ReplyReceived.class)).isEmpty();
  }

  @Test
  void aReplyWithoutThreadHeadersIsMatchedByItsPerCaseAddress() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    MimeMessage fresh =
        incoming("pat@customer.test", "About our invoice", "Can we split the payment in two?");
    fresh.setRecipient(
        Message.RecipientType.TO, new InternetAddress(replyAddresses.forCase(caseId)));
    COLLECTIONS_MAILBOX.deliver(fresh);

    poller.poll();

    assertThat(events.stream(ReplyReceived.class))
        .containsExactly(
            new ReplyReceived(caseId, Channel.EMAIL, "Can we split the payment in two?"));
  }

  @Test
  void anUnsignedPerCaseAddressMatchesNoCase() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    MimeMessage forged =
        incoming("mallory@elsewhere.test", "Stop reminding them", "Please pause this case.");
    forged.setRecipient(
        Message.RecipientType.TO, new InternetAddress("collections+c" + caseId + "@acme.test"));
    COLLECTIONS_MAILBOX.deliver(forged);

    poller.poll();

    assertThat(events.stream(ReplyReceived.class)).isEmpty();
    assertThat(fixtures.events(caseId, "reply.received")).isZero();
  }

  @Test
  void anEmailAboutNoCaseBecomesATask() throws Exception {
    COLLECTIONS_MAILBOX.deliver(
        incoming("stranger@elsewhere.test", "Hello", "Do you sell widgets?"));

    poller.poll();

    assertThat(fixtures.tasks(null, "email.unmatched")).isPositive();
    assertThat(events.stream(ReplyReceived.class)).isEmpty();
  }

  private static OutgoingMessage reminder(long caseId, String to) {
    return OutgoingMessage.email(
        "touch-" + caseId + "-1",
        caseId,
        to,
        "Invoice reminder",
        "<p>Please pay</p>",
        "Please pay");
  }

  /** The customer opens the reminder in their own mailbox and answers it. */
  private static void replyAsTheCustomer(String customer, String text) throws Exception {
    Session session = Session.getInstance(new Properties());
    Store store = session.getStore("imap");
    store.connect("localhost", MAIL.getImap().getPort(), customer, customer);
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      MimeMessage original = (MimeMessage) inbox.getMessages()[0];
      MimeMessage reply = (MimeMessage) original.reply(false);
      reply.setFrom(new InternetAddress(customer));
      reply.setText(text + "\n\nOn Tue, Acme Widgets wrote:\n> Please pay\n");
      Properties smtp = new Properties();
      smtp.put("mail.smtp.host", "localhost");
      smtp.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
      MimeMessage outgoing = new MimeMessage(Session.getInstance(smtp), toStream(reply));
      Transport.send(outgoing);
    } finally {
      store.close();
    }
  }

  private static java.io.InputStream toStream(MimeMessage message) throws Exception {
    message.saveChanges();
    var bytes = new java.io.ByteArrayOutputStream();
    message.writeTo(bytes);
    return new java.io.ByteArrayInputStream(bytes.toByteArray());
  }

  private static void markAllUnseen() throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("localhost", MAIL.getImap().getPort(), COLLECTIONS, "mailbox-secret");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
      inbox.close(false);
    } finally {
      store.close();
    }
  }

  private static MimeMessage incoming(String from, String subject, String text) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress(from));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(COLLECTIONS));
    mail.setSubject(subject);
    mail.setText(text);
    mail.saveChanges();
    return mail;
  }

  /** An RFC 3464 delivery status notification quoting the headers of the failed message. */
  static MimeMessage bounceOf(String originalId, String recipient) throws Exception {
    MimeMessage bounce = new MimeMessage(Session.getInstance(new Properties()));
    bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.customer.test"));
    bounce.setRecipient(Message.RecipientType.TO, new InternetAddress("billing@acme.test"));
    bounce.setSubject("Undelivered Mail Returned to Sender");
    MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
    MimeBodyPart human = new MimeBodyPart();
    human.setText("Your message could not be delivered: the mailbox does not exist.");
    MimeBodyPart status = new MimeBodyPart();
    status.setContent(
        "Reporting-MTA: dns; mx.customer.test\r\n\r\nFinal-Recipient: rfc822; "
            + recipient
            + "\r\nAction: failed\r\nStatus: 5.1.1\r\n",
        "message/delivery-status");
    MimeBodyPart headers = new MimeBodyPart();
    headers.setContent(
        "Message-ID: " + originalId + "\r\nTo: " + recipient + "\r\nSubject: Invoice reminder\r\n",
        "text/rfc822-headers");
    report.addBodyPart(human);
    report.addBodyPart(status);
    report.addBodyPart(headers);
    bounce.setContent(report);
    bounce.saveChanges();
    return bounce;
  }
}
