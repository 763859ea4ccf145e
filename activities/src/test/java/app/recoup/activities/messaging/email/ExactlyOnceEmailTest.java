package app.recoup.activities.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.activities.messaging.MessagingProperties;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.ledger.messaging.CaseLog;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxAttachments;
import app.recoup.ledger.messaging.OutboxStatus;
import app.recoup.ledger.messaging.OutgoingMessage;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ExactlyOnceEmailTest extends ChannelsTest {

  @Autowired UnreachableSmtp unreachableSmtp;
  @Autowired MessageSender sender;
  @Autowired Outbox outbox;
  @Autowired CaseLog caseLog;
  @Autowired MessageIds messageIds;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired BusinessProperties business;
  @Autowired ReplyAddresses replyAddresses;
  @Autowired OutboxAttachments attachments;

  @Test
  void deliversAMultipartEmailWithItsOwnMessageIdAndReplyTo() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);

    var entry = sender.send(email("touch-" + caseId + "-1", caseId, "pat@customer.test"));

    assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getMessageID()).isEqualTo("<touch-" + caseId + "-1@acme.test>");
    assertThat(mail.getReplyTo()[0].toString()).isEqualTo("collections@acme.test");
    assertThat(mail.getFrom()[0].toString()).contains("Acme Widgets", "billing@acme.test");
    assertThat(mail.getSubject()).isEqualTo("Invoice reminder");
    var multipart = (MimeMultipart) mail.getContent();
    String raw = new String(mail.getRawInputStream().readAllBytes());
    assertThat(multipart.getContentType()).startsWith("multipart/");
    assertThat(raw).contains("text/plain", "text/html", "Please pay", "<p>Please pay</p>");
  }

  @Test
  void aRepeatWithTheSameKeyDeliversNothing() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    var message = email("touch-" + caseId + "-1", caseId, "pat@customer.test");

    var first = sender.send(message);
    var second = sender.send(message);

    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    assertThat(second.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.attempts()).isEqualTo(1);
  }

  @Test
  void nothingIsSentForAnInvoiceTheLedgerShowsPaidOrACustomerExcluded() {
    long paidCase = fixtures.openCase("pat@customer.test", null);
    jdbc.sql(
            "update invoice set status = 'PAID' where id = (select invoice_id from collection_case where id = ?)")
        .param(paidCase)
        .update();
    long excludedCase = fixtures.openCase("kim@customer.test", null);
    jdbc.sql(
            """
            update customer set excluded_from_automation = true where id =
              (select i.customer_id from invoice i join collection_case c on c.invoice_id = i.id where c.id = ?)
            """)
        .param(excludedCase)
        .update();

    var paid = sender.send(email("touch-" + paidCase + "-1", paidCase, "pat@customer.test"));
    var excluded =
        sender.send(email("touch-" + excludedCase + "-1", excludedCase, "kim@customer.test"));

    assertThat(paid.status()).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(excluded.status()).isEqualTo(OutboxStatus.CANCELLED);
    assertThat(paid.attempts()).isZero();
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void followUpsThreadOnTheCasesEarlierEmails() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);

    sender.send(email("touch-" + caseId + "-1", caseId, "pat@customer.test"));
    sender.send(email("touch-" + caseId + "-2", caseId, "pat@customer.test"));
    sender.send(email("touch-" + caseId + "-3", caseId, "pat@customer.test"));

    MimeMessage third = MAIL.getReceivedMessages()[2];
    String first = messageIds.forKey("touch-" + caseId + "-1");
    String secondId = messageIds.forKey("touch-" + caseId + "-2");
    assertThat(third.getHeader("In-Reply-To", null)).isEqualTo(secondId);
    assertThat(third.getHeader("References", null)).isEqualTo(first + " " + secondId);
    assertThat(MAIL.getReceivedMessages()[0].getHeader("In-Reply-To")).isNull();
  }

  @Test
  void aSendThatDiesBetweenTheProviderAndItsAcknowledgementIsNotDeliveredAgain() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    String key = "touch-" + caseId + "-1";
    var message = email(key, caseId, "pat@customer.test");
    fixtures.withFailingAcknowledgement(
        () ->
            assertThatThrownBy(() -> sender.send(message)).isInstanceOf(DataAccessException.class));
    assertThat(MAIL.getReceivedMessages()).hasSize(1);

    var retried = sender.send(message);

    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    assertThat(retried.status()).isEqualTo(OutboxStatus.UNCONFIRMED);
    assertThat(fixtures.tasks(caseId, "message.unconfirmed")).isEqualTo(1);
    assertThat(fixtures.events(caseId, "message.unconfirmed")).isEqualTo(1);
    assertThat(sender.send(message).status()).isEqualTo(OutboxStatus.UNCONFIRMED);
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void anAttemptStillInFlightMakesARepeatWaitInsteadOfSending() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    String key = "touch-" + caseId + "-1";
    var patient = unreachableSmtp.sender();
    jdbc.sql(
            """
            insert into outbox_message (idempotency_key, case_id, channel, recipient, text_body, sending_since, attempts)
            values (?, ?, 'EMAIL', 'pat@customer.test', 'hello', now(), 1)
            """)
        .params(key, caseId)
        .update();

    assertThatThrownBy(() -> patient.send(email(key, caseId, "pat@customer.test")))
        .isInstanceOf(app.recoup.activities.messaging.SendInProgressException.class);
    assertThat(outbox.find(key).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void aTransientSmtpFailureThrowsAndTheRetryDelivers() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    String key = "touch-" + caseId + "-1";
    var down = unreachableSmtp.sender();

    assertThatThrownBy(() -> down.send(email(key, caseId, "pat@customer.test")))
        .isInstanceOf(TransientDeliveryFailure.class);
    var pending = outbox.find(key).orElseThrow();
    assertThat(pending.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(pending.sendingSince()).isNull();

    var delivered = sender.send(email(key, caseId, "pat@customer.test"));

    assertThat(delivered.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
  }

  @Test
  void anInvalidAddressFailsForGoodAndOpensATask() {
    long caseId = fixtures.openCase("not an address", null);

    var entry = sender.send(email("touch-" + caseId + "-1", caseId, "not an address"));

    assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(entry.lastError()).isNotBlank();
    assertThat(fixtures.tasks(caseId, "message.failed")).isEqualTo(1);
    assertThat(MAIL.getReceivedMessages()).isEmpty();
    assertThat(sender.send(email("touch-" + caseId + "-1", caseId, "not an address")).status())
        .isEqualTo(OutboxStatus.FAILED);
    assertThat(fixtures.tasks(caseId, "message.failed")).isEqualTo(1);
  }

  @Test
  void perCaseReplyAddressesNameTheCase() throws Exception {
    long caseId = fixtures.openCase("pat@customer.test", null);
    var perCase =
        new BusinessProperties(
            business.name(), business.signOff(), business.from(), business.replyTo(), true);
    var transport = new SmtpTransport(mailSender, perCase, replyAddresses, attachments);
    var tokened =
        new MessageSender(
            outbox,
            caseLog,
            messageIds,
            new MessagingProperties(Duration.ofMinutes(5)),
            List.of(transport));

    tokened.send(email("touch-" + caseId + "-1", caseId, "pat@customer.test"));

    String replyTo = MAIL.getReceivedMessages()[0].getReplyTo()[0].toString();
    assertThat(replyTo).matches("collections\\+c" + caseId + "-[0-9a-f]{12}@acme\\.test");
    assertThat(replyAddresses.caseOf(replyTo.toUpperCase(Locale.ROOT))).contains(caseId);
  }

  private static OutgoingMessage email(String key, long caseId, String to) {
    return OutgoingMessage.email(
        key, caseId, to, "Invoice reminder", "<p>Please pay</p>", "Please pay");
  }
}
