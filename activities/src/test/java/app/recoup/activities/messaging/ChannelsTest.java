package app.recoup.activities.messaging;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
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
 * One application context for the channel tests: embedded PostgreSQL, a real GreenMail SMTP + IMAP
 * server and WireMock standing in for Twilio's API, all in this JVM. Each test starts with empty
 * mailboxes, no Twilio stubs and an empty outbox.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    properties = {
      "recoup.database.embedded.enabled=true",
      "recoup.database.embedded.data-directory=",
      "recoup.database.embedded.durable=false",
      "spring.mail.host=localhost",
      "recoup.business.name=Acme Widgets",
      "recoup.business.sign-off=Dana at Acme",
      "recoup.business.from=billing@acme.test",
      "recoup.business.reply-to=collections@acme.test",
      "recoup.business.reply-token-secret=" + ChannelsTest.REPLY_TOKEN_SECRET,
      "recoup.outbox.in-flight-lease=0s",
      "recoup.twilio.account-sid=" + ChannelsTest.ACCOUNT_SID,
      "recoup.twilio.auth-token=twilio-test-token",
      "recoup.twilio.from=+15005550006",
      "recoup.whatsapp.from=+15005550007",
      "recoup.whatsapp.template-sid=" + ChannelsTest.WHATSAPP_TEMPLATE,
      "recoup.base-url=https://recoup.acme.test",
      "recoup.imap.host=localhost",
      "recoup.imap.ssl=false",
      "recoup.imap.user=" + ChannelsTest.COLLECTIONS,
      "recoup.imap.password=mailbox-secret",
      "recoup.imap.interval=1h"
    })
public abstract class ChannelsTest {

  protected static final GreenMail MAIL =
      new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

  protected static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

  protected static final WireMockServer TWILIO =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  protected static final String COLLECTIONS = "collections@acme.test";

  protected static final String WHATSAPP_TEMPLATE = "HX0123456789abcdef0123456789abcdef";

  protected static final String REPLY_TOKEN_SECRET = "reply-token-secret-of-at-least-32-chars";

  protected static final GreenMailUser COLLECTIONS_MAILBOX;

  static {
    MAIL.start();
    COLLECTIONS_MAILBOX = MAIL.setUser(COLLECTIONS, COLLECTIONS, "mailbox-secret");
    TWILIO.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("recoup.imap.port", () -> MAIL.getImap().getPort());
    registry.add("recoup.twilio.api-url", () -> "http://localhost:" + TWILIO.port());
  }

  @Autowired protected JdbcClient jdbc;
  @Autowired protected Fixtures fixtures;

  @BeforeEach
  void cleanSlate() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    TWILIO.resetAll();
    jdbc.sql("delete from inbound_message").update();
    jdbc.sql("delete from outbox_message").update();
    jdbc.sql("delete from sms_opt_out").update();
  }
}
