package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A policy whose first overdue step is a call: the running case opens the call's task for the
 * person the policy names instead of drafting a reminder, and completing the task through the API
 * reaches the case through the workflow event relay, which settles the step.
 */
@AutoConfigureMockMvc
class ManualStepApiTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private List<String> timelineTypes(Invoice invoice) {
    return jdbc.sql(
            """
            select t.type from timeline_event t join collection_case c on c.id = t.case_id
             where c.invoice_id = ? order by t.id
            """)
        .param(invoice.getId())
        .query(String.class)
        .list();
  }

  private Long openCallTask(Invoice invoice) {
    return jdbc.sql(
            """
            select t.id from human_task t join collection_case c on c.id = t.case_id
             where c.invoice_id = ? and t.kind = 'MANUAL_STEP' and t.status = 'OPEN'
               and t.assignee = ?
            """)
        .params(invoice.getId(), ADMIN)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /** A case of a customer whose policy's first step (on the due date) is a call for the admin. */
  private Invoice aCaseWhoseFirstStepIsACall() throws Exception {
    String segment = "calls-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            put("/api/policies/{name}", segment)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"steps": [
                      {"offsetDays": 0, "manual": {"action": "CALL", "assignee": "%s", "daysToComplete": 2}},
                      {"offsetDays": 30}]}
                    """
                        .formatted(ADMIN)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/policies/{name}", segment).with(httpBasic(ADMIN, PASSWORD)))
        .andExpect(jsonPath("$.manualSteps[0].action").value("CALL"))
        .andExpect(jsonPath("$.manualSteps[0].daysToComplete").value(2));
    Invoice invoice =
        fixtures.invoiceDue(
            LocalDate.now(clock.withZone(CaseFixtures.UTC)).minusDays(3), CaseFixtures.UTC);
    jdbc.sql("update customer set segment = ? where id = ?")
        .params(segment, invoice.getCustomerId())
        .update();

    return invoice;
  }

  @Test
  void aCallStepIsATaskForThePolicysPersonAndItsCompletionSettlesTheStep() throws Exception {
    Invoice invoice = aCaseWhoseFirstStepIsACall();
    fixtures.announce(invoice);
    Eventually.within(PATIENCE, "call task opened", () -> openCallTask(invoice) != null);
    assertThat(timelineTypes(invoice))
        .contains("MANUAL_STEP_OPENED")
        .doesNotContain("TOUCH_DRAFTED");

    mvc.perform(
            post("/api/tasks/{id}/complete", openCallTask(invoice))
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"Called: they pay on Friday\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"));

    Eventually.within(
        PATIENCE,
        "step settled by the case",
        () -> timelineTypes(invoice).contains("MANUAL_STEP_DONE"));
    assertThat(fixtures.touchStatus(invoice, 1)).isEqualTo("SKIPPED");
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isZero();
  }

  @Test
  void aPauseWithdrawsTheCallItsTaskIsCancelled() throws Exception {
    Invoice invoice = aCaseWhoseFirstStepIsACall();
    fixtures.announce(invoice);
    Eventually.within(PATIENCE, "call task opened", () -> openCallTask(invoice) != null);

    mvc.perform(
            post("/api/cases/{n}/pause", invoice.getNumber())
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"customer on holiday\"}"))
        .andExpect(status().isOk());

    Eventually.within(PATIENCE, "call task cancelled", () -> openCallTask(invoice) == null);
    assertThat(
            jdbc.sql(
                    """
                    select t.status from human_task t join collection_case c on c.id = t.case_id
                     where c.invoice_id = ? and t.kind = 'MANUAL_STEP'
                    """)
                .param(invoice.getId())
                .query(String.class)
                .list())
        .containsExactly("CANCELLED");
    assertThat(fixtures.touchStatus(invoice, 1)).isEqualTo("SKIPPED");
  }
}
