package app.recoup.activities.approval;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.correspondence.CombinedApproval;
import app.recoup.workflows.correspondence.CombinedDelivery;
import app.recoup.workflows.correspondence.CombinedDraft;
import app.recoup.workflows.correspondence.CombinedMessage;
import app.recoup.workflows.correspondence.CombinedRequest;
import app.recoup.workflows.correspondence.Combining;
import app.recoup.workflows.correspondence.CorrespondenceActivities;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import app.recoup.workflows.correspondence.CorrespondenceWorkflowImpl;
import app.recoup.workflows.correspondence.HandedTouch;
import app.recoup.workflows.correspondence.SignalWithStartHandOver;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A customer's correspondence workflow (on the SDK's test server, started at the test clock's
 * instant) with the real ledger activities: three invoices of one customer go out as one approved
 * email through the real outbox to GreenMail, listing each invoice and a "pay all" link, and each
 * case's timeline records the message and its delivery.
 */
@SpringBootTest(
    classes = CombinedMessageTestApplication.class,
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
class CombinedMessageTest {

  static final GreenMail MAIL =
      new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @Autowired JdbcClient jdbc;
  @Autowired Touches touches;
  @Autowired CombinedMessages messages;
  @Autowired CorrespondenceActivities ledgerActivities;

  private TestWorkflowEnvironment env;
  private long customer;
  private final List<HandedTouch> handed = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setInitialTime(CombinedMessageTestApplication.NOW)
                .build());
    Worker worker = env.newWorker(CorrespondenceWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(CorrespondenceWorkflowImpl.class);
    worker.registerActivitiesImplementations(ledgerActivities);
    env.newWorker(CollectionWorkflow.SENDING_TASK_QUEUE)
        .registerActivitiesImplementations(ledgerActivities);
    env.start();
    customer =
        jdbc.sql(
                "insert into customer (name, time_zone) values ('Globex ' || clock_timestamp(), 'Europe/Berlin') returning id")
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into customer_contact (customer_id, position, name, email) values (?, 0, 'Pat', 'pat@globex.test')")
        .params(customer)
        .update();
    handed.clear();
    handed.add(due("A", "1250.00", "2026-02-20", "2026-03-20", 1, -5));
    handed.add(due("B", "400.00", "2026-02-13", "2026-03-13", 3, 3));
    handed.add(due("C", "99.90", "2026-02-09", "2026-03-09", 4, 7));
  }

  @AfterEach
  void stop() {
    env.close();
  }

  /** An open invoice with its case and its planned touch, handed over at the test clock's now. */
  private HandedTouch due(
      String letter, String total, String issued, String dueDate, int step, int offset) {
    String number = "INV-" + letter + "-" + customer;
    long invoice =
        jdbc.sql(
                """
                insert into invoice (number, customer_id, currency, total, issue_date, due_date)
                values (?, ?, 'EUR', ?::numeric, ?::date, ?::date) returning id
                """)
            .params(number, customer, total, issued, dueDate)
            .query(Long.class)
            .single();
    long caseId =
        jdbc.sql("insert into collection_case (invoice_id, workflow_id) values (?, ?) returning id")
            .params(invoice, CollectionWorkflow.workflowId(number))
            .query(Long.class)
            .single();
    String key = CollectionWorkflow.workflowId(number) + "/step-" + step;
    touches.plan(caseId, step, CombinedMessageTestApplication.NOW, key);
    return new HandedTouch(
        customer,
        caseId,
        CollectionWorkflow.workflowId(number),
        number,
        step,
        offset,
        false,
        key,
        null,
        new Combining(Combining.Mode.PER_CUSTOMER, Duration.ofMinutes(30), false),
        BERLIN,
        BusinessCalendar.WEEKDAYS,
        CombinedMessageTestApplication.NOW);
  }

  @Test
  void threeInvoicesGoOutAsOneApprovedEmailListingEachWithAPayAllLink() throws Exception {
    WorkflowClient client = env.getWorkflowClient();
    SignalWithStartHandOver handOver = new SignalWithStartHandOver(client);
    handed.forEach(handOver::handOver);

    env.sleep(Duration.ofMinutes(31));
    CorrespondenceWorkflow correspondence =
        client.newWorkflowStub(
            CorrespondenceWorkflow.class, CorrespondenceWorkflow.workflowId(customer));
    CombinedDraft draft = correspondence.draft();
    assertThat(draft.invoices()).hasSize(3);
    assertThat(messages.awaitingApproval())
        .filteredOn(waiting -> waiting.customerId() == customer)
        .singleElement()
        .satisfies(waiting -> assertThat(waiting.invoiceNumbers()).hasSize(3));
    assertThat(MAIL.getReceivedMessages()).as("nothing leaves before the approval").isEmpty();

    correspondence.approve(new CombinedApproval(draft.messageKey(), "ann@acme.test", null, null));
    env.sleep(Duration.ofMinutes(1));

    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pat@globex.test");
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    for (HandedTouch touch : handed) {
      assertThat(body).contains("Invoice " + touch.invoiceNumber() + ":");
      assertThat(body).contains("/pay/" + touch.invoiceNumber());
    }
    assertThat(body)
        .contains("=E2=82=AC1,250.00", "=E2=82=AC400.00", "=E2=82=AC99.90")
        .contains("issued February 20, 2026, due March 20, 2026")
        .contains("due March 9, 2026, 7 days overdue")
        .contains("Pay all at once: https://recoup.acme.test/portal/");
    assertThat(mail.getSubject()).contains("INV-C-" + customer).contains("and 2 more");
    assertThat(GreenMailUtil.getBody(mail))
        .as("an HTML part beside the text, and the customer's statement attached")
        .contains("text/html", "application/pdf", "statement.pdf");

    for (HandedTouch touch : handed) {
      assertThat(
              jdbc.sql("select status from touch where idempotency_key = ?")
                  .param(touch.idempotencyKey())
                  .query(String.class)
                  .single())
          .isEqualTo("SENT");
      assertThat(
              jdbc.sql("select type from timeline_event where case_id = ? order by id")
                  .param(touch.caseId())
                  .query(String.class)
                  .list())
          .as("each case's timeline records the combined message and its delivery")
          .containsSubsequence("TOUCH_DRAFTED", "TOUCH_APPROVED", "TOUCH_SENT");
    }
    assertThat(
            jdbc.sql("select count(*) from outbox_message where idempotency_key = ?")
                .param(draft.messageKey())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void sendingTheSameMessageAgainDeliversNothingMore() {
    var request =
        new CombinedRequest(
            customer,
            CombinedMessage.key(customer, handed),
            handed,
            CombinedMessage.leading(handed),
            false);
    DraftedTouch drafted = ledgerActivities.draftCombined(request);
    var delivery =
        new CombinedDelivery(
            customer,
            request.messageKey(),
            handed,
            drafted.subject(),
            drafted.body(),
            "ann@acme.test",
            null);

    ledgerActivities.sendCombined(delivery);
    ledgerActivities.sendCombined(delivery);

    assertThat(MAIL.getReceivedMessages()).hasSize(1);
  }
}
