package app.recoup.activities.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the channel tests: embedded PostgreSQL and a real GreenMail SMTP +
 * IMAP server in the same JVM. Each test starts with empty mailboxes and an empty outbox.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    properties = {
      "recoup.database.embedded.enabled=true",
      "recoup.database.embedded.data-directory=",
      "spring.mail.host=localhost",
      "recoup.business.name=Acme Widgets",
      "recoup.business.sign-off=Dana at Acme",
      "recoup.business.from=billing@acme.test",
      "recoup.business.reply-to=collections@acme.test",
      "recoup.outbox.in-flight-lease=0s"
    })
public abstract class MailServerTest {

  protected static final GreenMail MAIL =
      new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("recoup.imap.port", () -> MAIL.getImap().getPort());
  }

  @Autowired protected JdbcClient jdbc;
  @Autowired protected Fixtures fixtures;

  @BeforeEach
  void cleanSlate() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    jdbc.sql("delete from inbound_message").update();
    jdbc.sql("delete from outbox_message").update();
    jdbc.sql("delete from sms_opt_out").update();
  }
}
