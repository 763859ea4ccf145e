package app.recoup.activities.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.activities.courtesy.Receipts;
import app.recoup.ledger.policies.PolicyThanks;
import app.recoup.workflows.collection.CaseActivities;
import app.recoup.workflows.collection.CaseClosure;
import app.recoup.workflows.vocabulary.CloseReason;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Closing a case through the real ledger activity, the real outbox and GreenMail: an invoice paid
 * in full earns one thank-you in the customer's language, however often the close is retried; a
 * written-off one earns none.
 */
@SpringBootTest(
    classes = ClosingTestApplication.class,
    properties = {
      "recoup.database.embedded.enabled=true",
      "recoup.database.embedded.data-directory=",
      "recoup.database.embedded.durable=false",
      "spring.mail.host=localhost",
      "recoup.business.name=Acme Widgets",
      "recoup.business.sign-off=Dana at Acme",
      "recoup.business.from=billing@acme.test",
      "recoup.business.reply-to=collections@acme.test",
      "recoup.business.reply-token-secret=reply-token-secret-of-at-least-32-chars",
      "recoup.base-url=https://recoup.acme.test"
    })
class CourtesyEmailTest {

  static final GreenMail MAIL =
      new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @Autowired JdbcClient jdbc;
  @Autowired CaseActivities caseLedger;
  @Autowired PolicyThanks thanks;
  @Autowired Receipts receipts;

  private long customer;

  @BeforeEach
  void customer() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    customer =
        jdbc.sql(
                """
                insert into customer (name, time_zone, language)
                values ('Globex ' || clock_timestamp(), 'Europe/Berlin', 'de') returning id
                """)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, name, email) values (?, 0, 'Pat', 'pat@globex.test')")
        .params(customer)
        .update();
  }

  /** An invoice of 1,250.00 EUR with its open case; paid in full when {@code paid}. */
  private long caseFor(String number, boolean paid) {
    long invoice =
        jdbc.sql(
                """
                insert into invoice (number, customer_id, currency, total, amount_paid, status, issue_date, due_date)
                values (?, ?, 'EUR', 1250.00, ?, ?, '2026-02-20', '2026-03-20') returning id
                """)
            .params(number + "-" + customer, customer, paid ? 1250.00 : 0, paid ? "PAID" : "OPEN")
            .query(Long.class)
            .single();
    return jdbc.sql(
            "insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
        .params(invoice, "invoice-" + number + "-" + customer)
        .query(Long.class)
        .single();
  }

  @Test
  void anInvoicePaidInFullIsThankedOnceInTheCustomersLanguageEvenWhenTheCloseIsRetried()
      throws Exception {
    long paidCase = caseFor("INV-7", true);

    caseLedger.closeCase(new CaseClosure(paidCase, CloseReason.PAID));
    caseLedger.closeCase(new CaseClosure(paidCase, CloseReason.PAID));

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).as("one thank-you, not one per close attempt").hasSize(1);
    MimeMessage thanks = received[0];
    assertThat(thanks.getAllRecipients()[0].toString()).isEqualTo("pat@globex.test");
    assertThat(thanks.getSubject())
        .isEqualTo("Vielen Dank für Ihre Zahlung der Rechnung INV-7-" + customer);
    String body = text(thanks);
    assertThat(body)
        .contains("Guten Tag Pat,")
        .contains("Zahlung über 1.250,00\u00a0€ erhalten")
        .contains("Rechnung INV-7-" + customer + " ist damit vollständig beglichen")
        .contains("Dana at Acme");
    assertThat(
            jdbc.sql("select status, kind from outbox_message where case_id = ?")
                .param(paidCase)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                .list())
        .as("sent although the case is closed, which cancels any reminder")
        .containsExactly("SENT THANK_YOU");
  }

  @Test
  void aWrittenOffInvoiceIsNotThanked() {
    long writtenOff = caseFor("INV-8", false);

    caseLedger.closeCase(new CaseClosure(writtenOff, CloseReason.WRITTEN_OFF));

    assertThat(MAIL.getReceivedMessages()).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from outbox_message where case_id = ?")
                .param(writtenOff)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void customersOfAPolicyThatDoesNotThankAreNotThanked() {
    jdbc.sql("update customer set segment = 'quiet' where id = ?").params(customer).update();
    jdbc.sql(
            "insert into cadence_policy (name, offsets, updated_by) values ('quiet', '{7}', 'ann@acme.test') on conflict do nothing")
        .update();
    thanks.save("quiet", false, "ann@acme.test");
    long paidCase = caseFor("INV-9", true);

    caseLedger.closeCase(new CaseClosure(paidCase, CloseReason.PAID));

    assertThat(MAIL.getReceivedMessages()).as("the policy says no thank-you").isEmpty();
  }

  @Test
  void aPaymentThroughThePortalEarnsOneReceiptWithItsFiguresInTheCustomersLanguage()
      throws Exception {
    long paidInFull = invoiceOf(caseFor("INV-10", false));
    long paidInPart = invoiceOf(caseFor("INV-11", false));
    long notification =
        jdbc.sql(
                """
                insert into payment_notification (source, body, body_sha256, signature_verified)
                values ('stripe', '{}', 'sha', true) returning id
                """)
            .query(Long.class)
            .single();
    // paid late on 2 April in UTC, which is 3 April in Berlin
    long receipt =
        jdbc.sql(
                """
                insert into payment_receipt (source, external_id, notification_id, amount, currency, received_at)
                values ('stripe', 'pi_' || clock_timestamp(), ?, 1750.00, 'EUR', '2026-04-02T22:15:00Z')
                returning id
                """)
            .params(notification)
            .query(Long.class)
            .single();
    pay(receipt, paidInFull, "1250.00");
    pay(receipt, paidInPart, "500.00");

    receipts.sendFor(receipt);
    receipts.sendFor(receipt);

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).as("one receipt per payment").hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Zahlungsbestätigung über 1.750,00\u00a0€");
    assertThat(text(received[0]))
        .contains("Zahlung über 1.750,00\u00a0€ am 3. April 2026")
        .contains(
            "Rechnung INV-10-" + customer + ": bezahlt 1.250,00\u00a0€, Restbetrag 0,00\u00a0€")
        .contains(
            "Rechnung INV-11-" + customer + ": bezahlt 500,00\u00a0€, Restbetrag 750,00\u00a0€");
  }

  private long invoiceOf(long caseId) {
    return jdbc.sql("select invoice_id from collection_case where id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }

  /** Applies part of the receipt to the invoice, as cash application does. */
  private void pay(long receipt, long invoice, String amount) {
    jdbc.sql(
            """
            insert into payment (invoice_id, amount, currency, received_at, source, external_id, receipt_id)
            select ?, ?::numeric, 'EUR', received_at, source, external_id, id from payment_receipt where id = ?
            """)
        .params(invoice, amount, receipt)
        .update();
    jdbc.sql(
            """
            update invoice set amount_paid = amount_paid + ?::numeric,
                   status = case when total + fees - amount_paid - ?::numeric = 0 then 'PAID' else status end
             where id = ?
            """)
        .params(amount, amount, invoice)
        .update();
  }

  /** The plain-text part, decoded; null when there is none. */
  private static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = text(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
