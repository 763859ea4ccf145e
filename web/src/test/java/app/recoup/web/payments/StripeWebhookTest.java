package app.recoup.web.payments;

import static app.recoup.web.payments.StripeEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.api.payments.PendingNotificationSweeper;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceStatus;
import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.relay.WorkflowEvents;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.collection.CollectionWorkflow;
import com.stripe.net.Webhook;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@PaymentsApplicationTest
class StripeWebhookTest extends PaymentsFixture {

  private static final String SECRET = StripeEvents.SECRET;

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired PendingNotificationSweeper sweeper;
  @Autowired ApplicationEventPublisher events;
  @Autowired WorkflowClient workflows;
  @Autowired DataSource dataSource;

  @Test
  void aPaidCheckoutPaysTheInvoiceOnceHoweverOftenItIsDelivered() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "120.00");
    long caseId = books.openCase(invoice);
    String pi = "pi_" + UUID.randomUUID();
    String completed =
        event("checkout.session.completed", session(pi, 12000, "paid", invoice, "120.00"));

    for (int i = 0; i < 3; i++) {
      assertThat(deliver(completed).statusCode()).isEqualTo(200);
    }
    var intent = deliver(event("payment_intent.succeeded", intent(pi, 12000, invoice, "120.00")));

    assertThat(appliedStatus(intent)).isEqualTo("IGNORED");
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(books.payments(invoice)).isEqualTo(1);
    assertThat(books.timeline(caseId)).singleElement().asString().contains("120.00 EUR via stripe");
  }

  @Test
  void aBankPaymentStillPendingIsNeverCountedAsPaid() throws Exception {
    Invoice invoice = books.invoice(customer, "USD", "75.50");
    long caseId = books.openCase(invoice);
    String pi = "pi_" + UUID.randomUUID();
    String session = session(pi, 7550, "unpaid", invoice, "75.50");

    deliver(event("checkout.session.completed", session));
    deliver(event("payment_intent.processing", intent(pi, 0, invoice, "75.50")));
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("75.50");
    assertThat(books.timeline(caseId)).allMatch(entry -> entry.startsWith("PAYMENT_PENDING"));

    deliver(
        event(
            "checkout.session.async_payment_succeeded", session.replace("\"unpaid\"", "\"paid\"")));
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aFailedBankPaymentLeavesTheBalanceAndSaysSo() throws Exception {
    Invoice invoice = books.invoice(customer, "USD", "20.00");
    long caseId = books.openCase(invoice);
    String session = session("pi_" + UUID.randomUUID(), 2000, "unpaid", invoice, "20.00");

    deliver(event("checkout.session.async_payment_failed", session));

    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("20.00");
    assertThat(books.timeline(caseId)).singleElement().asString().startsWith("PAYMENT_FAILED");
  }

  @Test
  void aPaymentIsAnsweredOnceStoredAndAppliedByTheRelayAfterwards() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "80.00");
    String pi = "pi_" + UUID.randomUUID();
    HttpResponse<String> stored;
    try (Connection relayHeldBack = dataSource.getConnection();
        Statement lock = relayHeldBack.createStatement()) {
      lock.execute("select pg_advisory_lock(" + WorkflowEvents.RELAY_LOCK + ")");
      stored =
          StripeEvents.deliver(
              http,
              event("checkout.session.completed", session(pi, 8000, "paid", invoice, "80.00")));

      assertThat(stored.statusCode()).isEqualTo(200);
      assertThat(stored.body()).as("stored, will be applied").contains("\"status\":\"PENDING\"");
      assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
      lock.execute("select pg_advisory_unlock(" + WorkflowEvents.RELAY_LOCK + ")");
    }

    assertThat(appliedStatus(stored)).isEqualTo("PROCESSED");
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aRefundArrivingBeforeItsPaymentWaitsAndThenReopensTheBalance() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String pi = "pi_" + UUID.randomUUID();

    var early = deliver(event("charge.refunded", charge(pi, 4000)));
    assertThat(appliedStatus(early)).isEqualTo("PENDING");
    assertThat(http.asAdmin("GET", "/api/payment-notifications?status=pending", null).body())
        .contains("refund before payment " + pi);
    deliver(event("payment_intent.succeeded", intent(pi, 10000, invoice, "100.00")));
    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);

    sweeper.sweep();
    sweeper.sweep();

    Invoice reopened = books.reload(invoice);
    assertThat(reopened.getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(reopened.getBalance()).isEqualByComparingTo("40.00");

    deliver(event("charge.refunded", charge(pi, 10000)));
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("100.00");
  }

  @Test
  void aRefundWhosePaymentNeverArrivesBecomesOneTaskADayLater() throws Exception {
    String pi = "pi_" + UUID.randomUUID();
    deliver(event("charge.refunded", charge(pi, 2500)));

    sweeper.sweep();
    assertThat(stuckTasksAbout(pi)).isEmpty();

    jdbc.sql(
            "update payment_notification set received_at = now() - interval '25 hours'"
                + " where status = 'PENDING' and body like :pi")
        .param("pi", "%" + pi + "%")
        .update();
    sweeper.sweep();
    sweeper.sweep();

    assertThat(stuckTasksAbout(pi))
        .singleElement()
        .asString()
        .contains("from stripe")
        .contains("refund before payment " + pi);
  }

  private List<String> stuckTasksAbout(String paymentIntent) {
    return jdbc.sql(
            "select title from human_task where kind = 'payment.stuck' and status = 'OPEN'"
                + " and title like :pi")
        .param("pi", "%" + paymentIntent + "%")
        .query(String.class)
        .list();
  }

  @Test
  void aChargebackGoesToAPersonAndOnTheTimeline() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "60.00");
    long caseId = books.openCase(invoice);
    String pi = "pi_" + UUID.randomUUID();
    deliver(event("payment_intent.succeeded", intent(pi, 6000, invoice, "60.00")));

    var dispute =
        deliver(
            event(
                "charge.dispute.created",
                """
        {"id":"dp_1","object":"dispute","amount":6000,"currency":"eur","payment_intent":"%s","reason":"fraudulent"}"""
                    .formatted(pi)));

    assertThat(appliedStatus(dispute)).isEqualTo("EXCEPTION");
    assertThat(books.exceptionReasons(invoice.getNumber())).containsExactly("CHARGEBACK");
    assertThat(books.timeline(caseId)).last().asString().startsWith("CHARGEBACK: 60.00 EUR");
    long id = books.exceptionId(invoice.getNumber());
    var lost =
        http.asAdmin(
            "POST", "/api/payment-exceptions/" + id + "/resolve", "{\"action\":\"REVERSE\"}");
    assertThat(lost.statusCode()).isEqualTo(200);
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("60.00");
  }

  @Test
  void aRefundAfterTheCaseClosedAsPaidReopensTheCaseWithItsWorkflowRunning() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "100.00");
    String pi = "pi_" + UUID.randomUUID();
    awaitCaseRunning(invoice);
    deliver(event("payment_intent.succeeded", intent(pi, 10000, invoice, "100.00")));
    Eventually.within(PATIENCE, "case closed as paid", () -> caseStatus(invoice).equals("CLOSED"));

    deliver(event("charge.refunded", charge(pi, 10000)));

    Eventually.within(PATIENCE, "case reopened", () -> caseStatus(invoice).equals("OPEN"));
    Eventually.within(PATIENCE, "its workflow running", () -> workflowRunning(invoice));
    assertThat(caseEvents(invoice))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "CASE_REOPENED: 100.00 EUR owed again after the case closed as paid"));
  }

  @Test
  void aChargebackLostAfterTheCaseClosedReopensIt() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "70.00");
    String pi = "pi_" + UUID.randomUUID();
    awaitCaseRunning(invoice);
    deliver(event("payment_intent.succeeded", intent(pi, 7000, invoice, "70.00")));
    Eventually.within(PATIENCE, "case closed as paid", () -> caseStatus(invoice).equals("CLOSED"));
    deliver(
        event(
            "charge.dispute.created",
            """
        {"id":"dp_2","object":"dispute","amount":7000,"currency":"eur","payment_intent":"%s","reason":"fraudulent"}"""
                .formatted(pi)));

    http.asAdmin(
        "POST",
        "/api/payment-exceptions/" + books.exceptionId(invoice.getNumber()) + "/resolve",
        "{\"action\":\"REVERSE\"}");

    Eventually.within(PATIENCE, "case reopened", () -> caseStatus(invoice).equals("OPEN"));
    Eventually.within(PATIENCE, "its workflow running", () -> workflowRunning(invoice));
  }

  private void awaitCaseRunning(Invoice invoice) {
    events.publishEvent(new InvoicesChanged(List.of(invoice.getId())));
    Eventually.within(
        PATIENCE,
        "case opened with its workflow",
        () -> caseStatus(invoice).equals("OPEN") && workflowRunning(invoice));
  }

  private String caseStatus(Invoice invoice) {
    return jdbc.sql("select status from collection_case where invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .optional()
        .orElse("NONE");
  }

  private List<String> caseEvents(Invoice invoice) {
    return jdbc.sql(
            "select e.type || ': ' || e.details from timeline_event e join collection_case c"
                + " on c.id = e.case_id where c.invoice_id = ? order by e.id")
        .param(invoice.getId())
        .query(String.class)
        .list();
  }

  private boolean workflowRunning(Invoice invoice) {
    try {
      return workflows
              .newUntypedWorkflowStub(CollectionWorkflow.workflowId(invoice.getNumber()))
              .describe()
              .getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException unknown) {
      return false;
    }
  }

  @Test
  void anEventOfAnotherApiVersionIsStillApplied() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "30.00");
    String pi = "pi_" + UUID.randomUUID();
    String old =
        event("payment_intent.succeeded", intent(pi, 3000, invoice, "30.00"))
            .replace(com.stripe.Stripe.API_VERSION, "2020-08-27");
    assertThat(
            Webhook.constructEventWithoutVerification(old).getDataObjectDeserializer().getObject())
        .as("stripe-java cannot type an event of another API version")
        .isEmpty();

    assertThat(deliver(old).statusCode()).isEqualTo(200);

    assertThat(books.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void forgedStaleOrMalformedEventsAreRefusedAndApplyNothing() throws Exception {
    Invoice invoice = books.invoice(customer, "EUR", "50.00");
    String paid =
        event(
            "payment_intent.succeeded", intent("pi_" + UUID.randomUUID(), 5000, invoice, "50.00"));
    long now = Instant.now().getEpochSecond();

    var forged = post(paid, Webhook.Signature.generateSignatureHeader(paid, "whsec_other"));
    var stale = post(paid, Webhook.Signature.generateSignatureHeader(paid, SECRET, now - 301));
    var unsigned = post(paid, null);
    String broken = "{\"id\": \"evt_1\", \"type\": ";
    var malformed = post(broken, Webhook.Signature.generateSignatureHeader(broken, SECRET));
    String empty =
        "{\"id\":\"evt_"
            + UUID.randomUUID()
            + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}";
    var noData = post(empty, Webhook.Signature.generateSignatureHeader(empty, SECRET));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(
            http.asAdmin("GET", "/api/payment-notifications?status=IGNORED&limit=10", null).body())
        .contains("\"signatureVerified\":false", "not a Stripe event");
    assertThat(http.asAdmin("GET", "/api/payment-notifications?status=LOST", null).statusCode())
        .isEqualTo(400);
    assertThat(noData.statusCode()).isEqualTo(400);
    var withoutAmount =
        deliver(
            event(
                "payment_intent.succeeded",
                "{\"id\":\"pi_x\",\"currency\":\"eur\",\"metadata\":{\"recoup_invoices\":\""
                    + invoice.getNumber()
                    + "=50.00\"}}"));
    assertThat(appliedStatus(withoutAmount)).isEqualTo("IGNORED");
    assertThat(books.reload(invoice).getBalance()).isEqualByComparingTo("50.00");
  }

  private static String session(
      String pi, long amount, String status, Invoice invoice, String due) {
    return """
        {"id":"cs_%s","object":"checkout.session","payment_intent":"%s","amount_total":%d,
         "currency":"%s","payment_status":"%s","metadata":{"recoup_invoices":"%s=%s"}}"""
        .formatted(
            UUID.randomUUID(),
            pi,
            amount,
            invoice.getCurrency().toLowerCase(),
            status,
            invoice.getNumber(),
            due);
  }

  private static String intent(String pi, long received, Invoice invoice, String due) {
    return """
        {"id":"%s","object":"payment_intent","amount":%d,"amount_received":%d,"currency":"%s",
         "metadata":{"recoup_invoices":"%s=%s"}}"""
        .formatted(
            pi, received, received, invoice.getCurrency().toLowerCase(), invoice.getNumber(), due);
  }

  private static String charge(String pi, long refunded) {
    return """
        {"id":"ch_%s","object":"charge","payment_intent":"%s","amount_refunded":%d,"currency":"eur"}"""
        .formatted(UUID.randomUUID(), pi, refunded);
  }

  private HttpResponse<String> deliver(String payload) throws Exception {
    HttpResponse<String> response = StripeEvents.deliver(http, payload);
    if (response.statusCode() == 200) {
      appliedStatus(response);
    }
    return response;
  }

  private HttpResponse<String> post(String payload, String signature) throws Exception {
    return StripeEvents.post(http, payload, signature);
  }
}
