package app.recoup.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.disputes.Disputes;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.messaging.ReplyReceived;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.DisputeReason;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import app.recoup.web.cases.CaseApplicationTest;
import app.recoup.web.cases.CaseFixtures;
import app.recoup.web.cases.Eventually;
import app.recoup.workflows.vocabulary.Channel;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** People act on running cases through the API; customers' replies pause them. */
@Tag("calendar")
class CaseActionApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /**
   * Posts to the case's {@code command}, a path below it such as {@code pause} or {@code
   * disputes/7/resolve}.
   */
  private ResultActions act(Invoice invoice, String command, String json) throws Exception {
    return mvc.perform(
        post("/api/cases/" + invoice.getNumber() + "/" + command)
            .with(httpBasic(ADMIN, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private String pauseReason(Invoice invoice) {
    return jdbc.sql("select pause_reason from collection_case where invoice_id = ?")
        .param(invoice.getId())
        .query(String.class)
        .single();
  }

  @Test
  void aPauseHoldsTheCaseWithdrawsItsDraftAndAResumeReleasesItEachOnce() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    act(invoice, "pause", "{\"reason\": \"customer on holiday\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value("pause"))
        .andExpect(jsonPath("$.by").value(ADMIN));
    Eventually.within(PATIENCE, "case paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(pauseReason(invoice)).isEqualTo("On hold: pause: customer on holiday");
    Eventually.within(
        PATIENCE, "draft withdrawn", () -> fixtures.touchStatus(invoice, 2).equals("SKIPPED"));
    act(invoice, "pause", "{\"reason\": \"again\"}")
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value("the case is on hold already (pause: customer on holiday)"));

    act(invoice, "resume", "{\"note\": \"back\"}").andExpect(status().isOk());
    Eventually.within(PATIENCE, "case open", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    act(invoice, "resume", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("the case is not on hold"));
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isZero();
  }

  @Test
  void badPromisesAreRefusedClearlyAndAGoodOneHoldsTheCase() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    act(invoice, "promises", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("date is required"));
    act(invoice, "promises", "{\"date\": \"not a date\"}").andExpect(status().isBadRequest());
    act(
            invoice,
            "promises",
            "{\"date\": \"%s\"}".formatted(fixtures.today(CaseFixtures.UTC).minusDays(1)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.startsWith("the promised date must be after")));

    LocalDate date = fixtures.today(CaseFixtures.UTC).plusDays(10);
    act(invoice, "promises", "{\"date\": \"%s\", \"amount\": 600}".formatted(date))
        .andExpect(status().isOk());

    Eventually.within(
        PATIENCE, "case on hold", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(pauseReason(invoice)).isEqualTo("On hold: promise: to pay 600 EUR by " + date);
  }

  @Test
  void aCustomersReplyPausesTheCaseAtOnce() {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();

    context.publishEvent(new ReplyReceived(caseId, Channel.EMAIL, "We paid yesterday"));

    Eventually.within(PATIENCE, "case paused", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(pauseReason(invoice)).isEqualTo("On hold: reply: reply by email: We paid yesterday");
  }

  @Test
  void anAdminWritesACaseOffAndNothingMoreHappensToIt() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();

    act(invoice, "write-off", "{}").andExpect(status().isBadRequest());
    act(invoice, "write-off", "{\"reason\": \"customer insolvent\"}").andExpect(status().isOk());

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    assertThat(
            jdbc.sql("select close_reason from collection_case where invoice_id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single())
        .isEqualTo("WRITTEN_OFF");
    assertThat(
            jdbc.sql("select status from invoice where id = ?")
                .param(invoice.getId())
                .query(String.class)
                .single())
        .isEqualTo("WRITTEN_OFF");
    act(invoice, "cancel", "{\"reason\": \"late\"}").andExpect(status().isConflict());
    mvc.perform(
            post("/api/cases/{n}/cancel", "NO-SUCH")
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"x\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aPortalDisputeHoldsTheCaseUntilAPersonResolvesItInTheLedgerToo() throws Exception {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    long disputeId =
        context
            .getBean(Disputes.class)
            .open(
                invoice.getId(),
                invoice.getCustomerId(),
                DisputeReason.WRONG_AMOUNT,
                "we agreed 1000",
                null);

    context.publishEvent(
        new DisputeOpened(
            disputeId, invoice.getId(), DisputeReason.WRONG_AMOUNT, "we agreed 1000"));

    Eventually.within(PATIENCE, "case held", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(pauseReason(invoice))
        .isEqualTo("On hold: dispute: The amount is wrong (we agreed 1000)");
    act(invoice, "resume", "{}")
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value("the case is disputed: resolve the dispute to resume"));
    act(invoice, "disputes/portal-" + disputeId + "/resolve", "{\"outcome\": \"BANANA\"}")
        .andExpect(status().isBadRequest());

    act(invoice, "disputes/portal-" + disputeId + "/resolve", "{\"outcome\": \"REJECTED\"}")
        .andExpect(status().isOk());

    Eventually.within(PATIENCE, "case open", () -> fixtures.caseStatus(invoice).equals("OPEN"));
    assertThat(
            jdbc.sql("select status from invoice_dispute where id = ?")
                .param(disputeId)
                .query(String.class)
                .single())
        .isEqualTo("RESOLVED");
  }

  @Test
  void aPortalPromiseHoldsTheCaseUntilItsDate() {
    Invoice invoice = fixtures.overdueCaseOnItsDueDateStep();
    LocalDate date = fixtures.today(CaseFixtures.UTC).plusDays(7);

    context.publishEvent(new PromiseToPayMade(1L, invoice.getId(), date, null, "EUR"));

    Eventually.within(PATIENCE, "case held", () -> fixtures.caseStatus(invoice).equals("PAUSED"));
    assertThat(pauseReason(invoice)).isEqualTo("On hold: promise: to pay the balance by " + date);
  }
}
