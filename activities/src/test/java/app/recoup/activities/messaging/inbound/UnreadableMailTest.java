package app.recoup.activities.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.messaging.ChannelsTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A message the poller cannot read is neither lost nor allowed to block the mailbox (GreenMail).
 */
class UnreadableMailTest extends ChannelsTest {

  @Autowired ImapPoller poller;

  @Test
  void anUnreadableMessageIsRetriedAtEveryPollThenHandedToAPerson() throws Exception {
    COLLECTIONS_MAILBOX.deliver(broken("Remittance advice 8812"));
    COLLECTIONS_MAILBOX.deliver(readable("Question about our account"));

    assertThat(poller.poll()).as("both are new").isEqualTo(2);
    assertThat(tasks("email.unmatched", "Question about our account"))
        .as("the readable one is handled")
        .isEqualTo(1);
    for (int attempt = 2; attempt <= 4; attempt++) {
      assertThat(poller.poll())
          .as("poll %d finds the unreadable one still unseen", attempt)
          .isEqualTo(1);
      assertThat(tasks("email.unreadable", "Remittance advice 8812")).isZero();
    }

    assertThat(poller.poll()).as("the fifth failure").isEqualTo(1);

    assertThat(tasks("email.unreadable", "Remittance advice 8812")).isEqualTo(1);
    assertThat(poller.poll()).as("handed over, so marked seen").isZero();
  }

  private int tasks(String kind, String titlePart) {
    return jdbc.sql("select count(*) from human_task where kind = ? and title like ?")
        .params(kind, "%" + titlePart + "%")
        .query(Integer.class)
        .single();
  }

  /** Its text is in a character set nobody knows, so its body cannot be decoded. */
  private static MimeMessage broken(String subject) throws Exception {
    return parse(
        """
        From: accounts@customer.test
        To: collections@acme.test
        Subject: %s
        Message-ID: <broken-8812@customer.test>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=x-no-such-charset

        Paid in two instalments, see attached.
        """
            .formatted(subject));
  }

  private static MimeMessage readable(String subject) throws Exception {
    return parse(
        """
        From: someone@customer.test
        To: collections@acme.test
        Subject: %s
        Message-ID: <fine-1@customer.test>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        Could you send me a statement?
        """
            .formatted(subject));
  }

  private static MimeMessage parse(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
  }
}
