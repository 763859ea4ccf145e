package app.recoup.activities.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.activities.messaging.MessageSender;
import app.recoup.activities.messaging.email.MessageIds;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.messaging.OutboxEntry;
import app.recoup.ledger.messaging.OutgoingMessage;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contacts marked "to" or "cc": one outbox row per reminder, delivered over real SMTP (GreenMail)
 * with every address in its To and Cc headers, and a bounce that stops only the address it names.
 */
class SeveralRecipientsTest extends ChannelsTest {

  @Autowired MessageSender sender;
  @Autowired ImapPoller poller;
  @Autowired MessageIds messageIds;
  @Autowired CustomerRepository customers;

  @Test
  void aReminderGoesToEveryToContactWithTheCcContactsCopied() throws Exception {
    long caseId = fixtures.openCase("pat@to.test", null);
    contact(caseId, "ap@to.test", "TO");
    contact(caseId, "buyer@cc.test", "CC");
    contact(caseId, "sales@none.test", "NONE");

    OutboxEntry sent = sender.send(reminder(caseId, 1));

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(received[0].getHeader("To", ",")).isEqualTo("pat@to.test, ap@to.test");
    assertThat(received[0].getHeader("Cc", ",")).isEqualTo("buyer@cc.test");
    assertThat(MAIL.getReceivedMessagesForDomain("none.test")).isEmpty();
    assertThat(sent.recipient()).isEqualTo("pat@to.test, ap@to.test");
    assertThat(sent.cc()).isEqualTo("buyer@cc.test");
    assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aBounceOnOneOfTwoAddressesStillLetsTheNextTouchReachTheOther() throws Exception {
    long caseId = fixtures.openCase("pat@to.test", null);
    contact(caseId, "gone@to.test", "TO");
    sender.send(reminder(caseId, 1));
    COLLECTIONS_MAILBOX.deliver(
        ImapRepliesTest.bounceOf(messageIds.forKey(key(caseId, 1)), "gone@to.test"));

    poller.poll();

    assertThat(bouncedContacts(caseId)).containsExactly("gone@to.test");
    assertThat(fixtures.events(caseId, "message.bounced")).isEqualTo(1);
    MAIL.purgeEmailFromAllMailboxes();
    sender.send(reminder(caseId, 2));
    MimeMessage[] next = MAIL.getReceivedMessages();
    assertThat(next).hasSize(1);
    assertThat(next[0].getHeader("To", ",")).isEqualTo("pat@to.test");
    assertThat(Arrays.stream(next[0].getAllRecipients()).map(Object::toString))
        .containsExactly("pat@to.test");
  }

  @Test
  void whenEveryToAddressBouncedThereIsNobodyToAddressEvenWithACopy() {
    long caseId = fixtures.openCase("pat@to.test", null);
    contact(caseId, "buyer@cc.test", "CC");
    jdbc.sql("update customer_contact set email_bounced_at = now() where email = 'pat@to.test'")
        .update();

    assertThat(customerOf(caseId).emailRecipients().none()).isTrue();
  }

  /** The next reminder of the case, addressed as the send activity addresses it. */
  private OutgoingMessage reminder(long caseId, int step) {
    EmailRecipients recipients = customerOf(caseId).emailRecipients();
    return OutgoingMessage.email(
            key(caseId, step),
            caseId,
            String.join(", ", recipients.to()),
            "Invoice reminder",
            null,
            "Please pay.")
        .copying(recipients.cc());
  }

  private Customer customerOf(long caseId) {
    return customers.findById(customerIdOf(caseId)).orElseThrow();
  }

  private long customerIdOf(long caseId) {
    return jdbc.sql(
            "select i.customer_id from collection_case c join invoice i on i.id = c.invoice_id where c.id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  private void contact(long caseId, String email, String reminders) {
    jdbc.sql(
            """
            insert into customer_contact (customer_id, position, name, email, billing, reminders)
            values (:customer, (select max(position) + 1 from customer_contact where customer_id = :customer),
                    'Other', :email, false, :reminders)
            """)
        .param("customer", customerIdOf(caseId))
        .param("email", email)
        .param("reminders", reminders)
        .update();
  }

  private List<String> bouncedContacts(long caseId) {
    return jdbc.sql(
            "select email from customer_contact where customer_id = ? and email_bounced_at is not null")
        .param(customerIdOf(caseId))
        .query(String.class)
        .list();
  }

  private static String key(long caseId, int step) {
    return "touch-" + caseId + "-" + step;
  }
}
