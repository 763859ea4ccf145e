package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.collection.CollectionWorkflow;
import com.jayway.jsonpath.JsonPath;
import io.temporal.client.WorkflowClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API under the issue's names: drafts by id, payments, promises, disputes and replies on a
 * case.
 */
class IssueApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Timeline timeline;
  @Autowired WorkflowClient workflows;

  private ResultActions post(String path, String json, Object... vars) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars)
            .with(httpBasic(ADMIN, PASSWORD));
    return mvc.perform(
        json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private Invoice caseWithDraft() {
    Invoice invoice =
        fixtures.invoiceDue(fixtures.today(CaseFixtures.UTC).minusDays(10), CaseFixtures.UTC);
    fixtures.reachable(invoice, true);
    fixtures.announce(invoice);
    Eventually.within(
        PATIENCE,
        "reminder 4 drafted",
        () ->
            fixtures.casesFor(invoice) == 1
                && fixtures.touchesFor(invoice) == 1
                && fixtures.touchStatus(invoice, 4).equals("DRAFTED"));
    return invoice;
  }

  @Test
  void draftsAreListedWithTheirIdAndApprovedOrSkippedByIt() throws Exception {
    Invoice approved = caseWithDraft();
    Invoice skipped = caseWithDraft();
    long id = fixtures.touchId(approved, 4);

    mvc.perform(get("/api/drafts").with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.invoiceNumber == '%s')].id".formatted(approved.getNumber()))
                .value((int) id));
    post("/api/drafts/{id}/approve", null, 999_999_999L)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No draft 999999999"));
    post("/api/drafts/{id}/approve", "{\"subject\": \" \"}", id)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("an edited subject must not be blank"));

    post("/api/drafts/{id}/approve", "{\"body\": \"Pay today.\"}", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("EDITED"))
        .andExpect(jsonPath("$.step").value(4))
        .andExpect(jsonPath("$.by").value(ADMIN));
    Eventually.within(PATIENCE, "sent", () -> fixtures.touchStatus(approved, 4).equals("SENT"));
    post("/api/drafts/{id}/approve", null, id)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("no draft awaits approval"));

    post("/api/drafts/{id}/skip", "{\"reason\": \"agreed by phone\"}", fixtures.touchId(skipped, 4))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("SKIPPED"));
    Eventually.within(
        PATIENCE, "skipped", () -> fixtures.touchStatus(skipped, 4).equals("SKIPPED"));
    assertThat(fixtures.outboxRowsFor(skipped, "SENT")).isZero();
  }

  @Test
  void aPaymentByHandGoesThroughCashApplicationAndClosesTheCase() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    post("/api/cases/{n}/payments", "{}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("amount is required"));
    post("/api/cases/{n}/payments", "{\"amount\": -5}", invoice.getNumber())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("amount must be more than zero"));
    post("/api/cases/{n}/payments", "{\"amount\": 1e999999999}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("amount must have at most 15 digits before the decimal point and 4 after"));
    post("/api/cases/{n}/payments", "{\"amount\": 5}", "NO-SUCH").andExpect(status().isNotFound());

    post(
            "/api/cases/{n}/payments",
            "{\"amount\": 1250.00, \"entryId\": \"e1\"}",
            invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by").value(ADMIN));

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    assertThat(
            jdbc.sql("select status from invoice where id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single())
        .isEqualTo("PAID");
    assertThat(
            jdbc.sql("select count(*) from payment where invoice_id = ?")
                .param(invoice.getId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aPaymentEntrySubmittedAgainIsRecordedOnceAndUnderAnotherAmountIsAConflict()
      throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    String entry = "{\"amount\": %s, \"entryId\": \"%s\"}";

    String first =
        post("/api/cases/{n}/payments", entry.formatted("100.00", "bank-7"), invoice.getNumber())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.recordedAlready").value(false))
            .andExpect(jsonPath("$.amount").value(100.00))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Object paidAt = JsonPath.read(first, "$.paidAt");
    post("/api/cases/{n}/payments", entry.formatted("100.0", "bank-7"), invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recordedAlready").value(true))
        .andExpect(jsonPath("$.outcome").value(startsWith("recorded already: applied")))
        .andExpect(jsonPath("$.paidAt").value(paidAt))
        .andExpect(jsonPath("$.by").value(ADMIN))
        .andExpect(jsonPath("$.entryId").value("bank-7"));
    post("/api/cases/{n}/payments", entry.formatted("150.00", "bank-7"), invoice.getNumber())
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "entryId bank-7 was recorded already as 100.00 EUR to %1$s by %2$s; this submission says 150.00 EUR to %1$s"
                        .formatted(invoice.getNumber(), ADMIN)));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var together =
          pool.invokeAll(
              List.<Callable<String>>of(
                  () ->
                      post(
                              "/api/cases/{n}/payments",
                              entry.formatted("50.00", "bank-8"),
                              invoice.getNumber())
                          .andExpect(status().isOk())
                          .andReturn()
                          .getResponse()
                          .getContentAsString(),
                  () ->
                      post(
                              "/api/cases/{n}/payments",
                              entry.formatted("50.00", "bank-8"),
                              invoice.getNumber())
                          .andExpect(status().isOk())
                          .andReturn()
                          .getResponse()
                          .getContentAsString()));
      List<Boolean> again = new ArrayList<>();
      for (var answer : together) {
        again.add(JsonPath.read(answer.get(), "$.recordedAlready"));
      }
      assertThat(again).containsExactlyInAnyOrder(false, true);
    } finally {
      pool.shutdown();
    }

    assertThat(
            jdbc.sql("select amount from payment where invoice_id = ? order by id")
                .param(invoice.getId())
                .query(BigDecimal.class)
                .list())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("100"), new BigDecimal("50"));
    assertThat(
            jdbc.sql("select count(*) from payment_exception where invoice_id = ?")
                .param(invoice.getId())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void promisesAreCheckedAndHoldTheCase() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    post("/api/cases/{n}/promises", "{}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("date is required"));
    LocalDate date = fixtures.today(CaseFixtures.UTC).plusDays(10);
    post("/api/cases/{n}/promises", "{\"date\": \"%s\"}".formatted(date), invoice.getNumber())
        .andExpect(status().isOk());

    Eventually.within(
        PATIENCE, "case on hold", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
  }

  @Test
  void aDisputeHoldsTheCaseUntilResolvedByItsId() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    post("/api/cases/{n}/disputes", "{}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("reason is required"));
    post(
            "/api/cases/{n}/disputes",
            "{\"id\": \"d-1\", \"reason\": \"wrong amount\"}",
            invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("d-1"));
    Eventually.within(PATIENCE, "case held", () -> fixtures.caseStatus(invoice).equals("PAUSED"));

    post("/api/cases/{n}/disputes/d-1/resolve", "{}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("outcome (AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED) is required"));
    post("/api/cases/{n}/disputes/d-1/resolve", "{\"outcome\": \"REJECTED\"}", invoice.getNumber())
        .andExpect(status().isOk());

    Eventually.within(PATIENCE, "case open", () -> fixtures.caseStatus(invoice).equals("OPEN"));
  }

  @Test
  void aReplyLoggedByHandIsOnTheTimelineWithWhoAndPausesTheCase() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    post("/api/cases/{n}/replies", "{\"channel\": \"EMAIL\"}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("text is required"));
    post("/api/cases/{n}/replies", "{\"text\": \"hi\"}", invoice.getNumber())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("channel (EMAIL, SMS or WHATSAPP) is required"));
    post("/api/cases/{n}/replies", "{\"channel\": \"EMAIL\", \"text\": \"x\"}", "NO-SUCH")
        .andExpect(status().isNotFound());

    post(
            "/api/cases/{n}/replies",
            "{\"channel\": \"EMAIL\", \"text\": \"We paid yesterday\"}",
            invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by").value(ADMIN));

    Eventually.within(PATIENCE, "case paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(
            jdbc.sql("select pause_reason from collection_case where invoice_id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single())
        .isEqualTo("On hold: reply: reply by email: We paid yesterday");
    assertThat(eventsOf(invoice))
        .anySatisfy(
            event -> {
              assertThat(event.type()).isEqualTo("reply.logged");
              assertThat(event.actor()).isEqualTo(ADMIN);
            });
  }

  @Test
  void aReplyLoggedTwiceIsRecordedOnceAndPausesTheCaseOnce() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    post(
            "/api/cases/{n}/replies",
            "{\"channel\": \"SMS\", \"text\": \"Will pay Friday\"}",
            invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recordedAlready").value(false));
    post(
            "/api/cases/{n}/replies",
            "{\"channel\": \"SMS\", \"text\": \" Will pay  Friday\"}",
            invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recordedAlready").value(true))
        .andExpect(jsonPath("$.outcome").value("recorded already"));
    String keyed = "{\"channel\": \"EMAIL\", \"text\": \"%s\", \"replyId\": \"call-3\"}";
    post("/api/cases/{n}/replies", keyed.formatted("Cheque is in the post"), invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recordedAlready").value(false));
    post("/api/cases/{n}/replies", keyed.formatted("Cheque is in the post"), invoice.getNumber())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recordedAlready").value(true));
    post("/api/cases/{n}/replies", keyed.formatted("Call me back"), invoice.getNumber())
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "replyId call-3 was logged already as \"email reply logged by hand: Cheque is in the post\""));

    Eventually.within(PATIENCE, "case paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(eventsOf(invoice))
        .filteredOn(event -> event.type().equals("reply.logged"))
        .extracting(TimelineEvent::details)
        .containsExactly(
            "sms reply logged by hand: Will pay Friday",
            "email reply logged by hand: Cheque is in the post");
    assertThat(
            workflows
                .fetchHistory(CollectionWorkflow.workflowId(invoice.getNumber()))
                .getEvents()
                .stream()
                .filter(
                    event ->
                        event.hasWorkflowExecutionSignaledEventAttributes()
                            && event
                                .getWorkflowExecutionSignaledEventAttributes()
                                .getSignalName()
                                .equals("relayed")))
        .as("reply signals: one per reply, however often it was logged")
        .hasSize(2);
  }

  private List<TimelineEvent> eventsOf(Invoice invoice) {
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();
    return timeline.forCase(caseId);
  }
}
