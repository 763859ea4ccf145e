package app.recoup.activities.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.documents.StatementPdf;
import app.recoup.activities.messaging.MessagingTestApplication;
import app.recoup.activities.messaging.TransientDeliveryFailure;
import app.recoup.activities.messaging.email.ReminderEmails.Statement;
import app.recoup.ledger.brand.EmailBrand;
import app.recoup.ledger.brand.EmailBrands;
import app.recoup.ledger.messaging.MessageKind;
import app.recoup.ledger.messaging.Outbox;
import app.recoup.ledger.messaging.OutboxStatus;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a customer's mailbox receives for a reminder: the MIME structure read back from a real SMTP
 * server (GreenMail), and the attached statement parsed back to text with PDFBox. The clock is
 * pinned to 2026-03-10 23:30 UTC, which is already March 11 for the customer in Auckland.
 */
@SpringBootTest(
    classes = ReminderEmailTest.App.class,
    properties = {
      "recoup.database.embedded.enabled=true",
      "recoup.database.embedded.data-directory=",
      "recoup.database.embedded.durable=false",
      "spring.mail.host=localhost",
      "recoup.business.name=Acme Widgets",
      "recoup.business.from=billing@acme.test",
      "recoup.business.reply-to=collections@acme.test",
      "recoup.business.reply-token-secret=reply-token-secret-of-at-least-32-chars",
      "recoup.business.locale=en-US",
      "recoup.base-url=https://recoup.acme.test"
    })
class ReminderEmailTest {

  static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");

  /** 1x1 transparent PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  /** The channels and documents on the ledger, with the clock pinned. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan(
      basePackages = {
        "app.recoup.activities.messaging",
        "app.recoup.activities.documents",
        "app.recoup.activities.portal",
        "app.recoup.ledger"
      },
      excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE,
            classes = MessagingTestApplication.class)
      })
  static class App {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired UnreachableSmtp unreachableSmtp;
  @Autowired ReminderEmails reminders;
  @Autowired EmailBrands brands;
  @Autowired JdbcClient jdbc;
  @Autowired Outbox outbox;
  @Autowired ReminderHtml html;
  @Autowired StatementPdf statements;

  long customer;
  long caseId;

  @BeforeEach
  void customerWithSeveralInvoices() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    jdbc.sql("delete from outbox_message").update();
    brands.saveSettings("#1f6feb", false, "test");
    brands.removeLogo("test");
    String suffix = Long.toString(System.nanoTime());
    customer =
        jdbc.sql(
                "insert into customer (name, time_zone) values (?, 'Pacific/Auckland') returning id")
            .param("Kiwi Traders " + suffix)
            .query(Long.class)
            .single();
    long a101 =
        invoice("A-101-" + suffix, "EUR", "1250.00", "25.00", "250.00", "2026-01-31", "OPEN");
    invoice("A-102-" + suffix, "EUR", "480.50", "0", "0", "2026-03-20", "OPEN");
    invoice("B-201-" + suffix, "USD", "3000.00", "0", "0", "2025-11-01", "OPEN");
    long c301 = invoice("C-301-" + suffix, "EUR", "99.00", "0", "99.00", "2026-02-01", "PAID");
    payment(a101, "250.00", "2026-02-15T10:00:00Z");
    payment(c301, "99.00", "2026-02-20T10:00:00Z");
    jdbc.sql(
            """
            insert into credit_note (number, customer_id, currency, amount, issue_date, origin)
            values (?, ?, 'EUR', 40.00, date '2026-02-20', 'IMPORT')
            """)
        .params("CN-7-" + suffix, customer)
        .update();
    caseId =
        jdbc.sql("insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
            .params(a101, "invoice-A-101-" + suffix)
            .query(Long.class)
            .single();
  }

  @Test
  void aReminderIsHtmlWithATextAlternativeInTheBrandWithTheLogoInline() throws Exception {
    brands.saveSettings("#aa3300", false, "test");
    brands.saveLogo(new EmailBrand.Logo(PNG, "image/png"), "test");

    var entry =
        reminders.send(
            reminder(key(), caseId, customer, "Invoice A-101"), Statement.AS_SETTINGS_SAY);

    assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    List<String> structure = structure(mail, "");
    assertThat(structure)
        .as("a text and an HTML version, the logo inline, no statement")
        .contains(
            "multipart/related",
            "multipart/related/multipart/alternative",
            "multipart/related/multipart/alternative/text/plain",
            "multipart/related/multipart/alternative/text/html",
            "multipart/related/image/png")
        .noneMatch(part -> part.endsWith("application/pdf"));
    assertThat(textPart(mail, "text/plain")).isEqualTo(text());
    String htmlPart = textPart(mail, "text/html");
    assertThat(htmlPart)
        .contains(
            "name=\"viewport\"",
            "max-width: 600px",
            "#aa3300",
            "<img src=\"cid:logo\"",
            "Dear Pat,<br>",
            "Fish &amp; Chips Ltd",
            "<a href=\"https://pay.acme.test/p/abc?x=1&amp;y=2\"")
        .doesNotContain("<script>");
    Part logo = part(mail, "image/png");
    assertThat(((MimeBodyPart) logo).getContentID()).isEqualTo("<logo>");
    assertThat(logo.getInputStream().readAllBytes()).isEqualTo(PNG);
  }

  @Test
  void theStatementIsAttachedWhenTheSettingIsOnAndListsEveryOpenInvoiceAndTotal() throws Exception {
    brands.saveSettings("#1f6feb", true, "test");

    reminders.send(reminder(key(), caseId, customer, "Invoice A-101"), Statement.AS_SETTINGS_SAY);

    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(structure(mail, ""))
        .contains(
            "multipart/related/multipart/alternative/text/plain",
            "multipart/related/multipart/alternative/text/html",
            "application/pdf");
    Part pdf = part(mail, "application/pdf");
    assertThat(pdf.getFileName()).isEqualTo("statement.pdf");
    String statement = text(pdf.getInputStream().readAllBytes());
    assertThat(statement)
        .as("the statement as the customer reads it")
        .contains("Acme Widgets", "Kiwi Traders", "Statement")
        .contains("Mar 11, 2026")
        .contains("A-101-", "A-102-", "B-201-")
        .contains("€1,250.00", "€25.00", "€250.00", "€1,025.00", "€480.50", "$3,000.00")
        .contains("€1,505.50")
        .contains("Credit note CN-7-", "€40.00", "€99.00", "Feb 15, 2026");
    assertThat(statement.lines().filter(line -> line.contains("C-301-")))
        .as("the paid invoice is only among the payments")
        .hasSize(1)
        .allMatch(line -> line.contains("€99.00"));
  }

  @Test
  void singleInvoiceRemindersCarryNoStatementByDefaultButCombinedOnesAlways() throws Exception {
    reminders.send(reminder(key(), caseId, customer, "Invoice A-101"), Statement.AS_SETTINGS_SAY);
    reminders.send(reminder(key() + "-all", null, customer, "All"), Statement.ATTACHED);

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(structure(received[0], "")).noneMatch(part -> part.endsWith("application/pdf"));
    assertThat(structure(received[1], "")).contains("application/pdf");
  }

  @Test
  void aRetryDeliversTheStatementOfTheFirstAttemptOnce() throws Exception {
    brands.saveSettings("#1f6feb", true, "test");
    String key = key();
    ReminderEmails unreachable =
        new ReminderEmails(unreachableSmtp.sender(), outbox, html, statements, brands);
    assertThatThrownBy(
            () ->
                unreachable.send(
                    reminder(key, caseId, customer, "A-101"), Statement.AS_SETTINGS_SAY))
        .isInstanceOf(TransientDeliveryFailure.class);
    jdbc.sql("update invoice set status = 'PAID', amount_paid = total where customer_id = ?")
        .param(customer)
        .update();
    jdbc.sql("update invoice set status = 'OPEN' where number like 'A-101-%' and customer_id = ?")
        .param(customer)
        .update();

    reminders.send(reminder(key, caseId, customer, "A-101"), Statement.AS_SETTINGS_SAY);
    reminders.send(reminder(key, caseId, customer, "A-101"), Statement.AS_SETTINGS_SAY);

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).as("delivered once").hasSize(1);
    assertThat(text(part(received[0], "application/pdf").getInputStream().readAllBytes()))
        .as("the statement rendered for the first attempt, before the invoices were paid")
        .contains("A-102-", "€480.50", "$3,000.00");
  }

  private long invoice(
      String number,
      String currency,
      String total,
      String fees,
      String paid,
      String due,
      String status) {
    return jdbc.sql(
            """
            insert into invoice (number, customer_id, currency, total, fees, amount_paid,
                                 issue_date, due_date, status)
            values (?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?::date - 30, ?::date, ?)
            returning id
            """)
        .params(number, customer, currency, total, fees, paid, due, due, status)
        .query(Long.class)
        .single();
  }

  private void payment(long invoice, String amount, String at) {
    jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source)
            select id, ?::numeric, currency, ?::timestamptz, 'test' from invoice where id = ?
            """)
        .params(amount, at, invoice)
        .update();
  }

  private String key() {
    return "touch-" + caseId + "-1";
  }

  private static ReminderEmails.Email reminder(
      String key, Long caseId, long customer, String subject) {
    return new ReminderEmails.Email(
        MessageKind.REMINDER, key, caseId, customer, "ap@kiwi.test", List.of(), subject, text());
  }

  private static String text() {
    return """
        Dear Pat,
        Fish & Chips Ltd owes us <script>alert(1)</script> money.

        Pay here: https://pay.acme.test/p/abc?x=1&y=2.

        Thanks""";
  }

  /** Every part's content type, as a path from the top: "multipart/related/image/png". */
  private static List<String> structure(Part part, String parent) throws Exception {
    List<String> paths = new ArrayList<>();
    String type = part.getContentType().split(";")[0].trim().toLowerCase();
    String path = parent.isEmpty() ? "" : parent + "/";
    if (part.getContent() instanceof MimeMultipart multipart) {
      String here = part instanceof MimeMessage ? "" : path + type;
      if (!here.isEmpty()) {
        paths.add(here);
      }
      for (int i = 0; i < multipart.getCount(); i++) {
        paths.addAll(structure(multipart.getBodyPart(i), here));
      }
    } else {
      paths.add(path + type);
    }
    return paths;
  }

  private static Part part(Part part, String type) throws Exception {
    if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return part.isMimeType(type) ? part : null;
  }

  private static String textPart(Part mail, String type) throws Exception {
    return ((String) part(mail, type).getContent()).replace("\r\n", "\n");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
