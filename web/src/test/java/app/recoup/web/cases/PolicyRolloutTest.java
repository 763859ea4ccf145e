package app.recoup.web.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A saved policy reaches its running cases durably: a case that cannot take it now (its workflow is
 * gone) gets it once it runs again, and the cadence page shows how far the roll-out got.
 */
class PolicyRolloutTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;
  @Autowired WorkflowClient client;

  @Test
  void aCaseThatCouldNotTakeTheChangeGetsItWhenItRunsAgainAndTheCadencePageShowsTheProgress()
      throws Exception {
    String segment = "roll-" + UUID.randomUUID().toString().substring(0, 8);
    Invoice reached = runningCaseIn(segment);
    Invoice lost = runningCaseIn(segment);
    client.newUntypedWorkflowStub(CaseFixtures.workflowId(lost)).terminate("lost");

    mvc.perform(
            put("/api/policies/{name}", segment)
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"steps\": [{\"offsetDays\": 0}, {\"offsetDays\": 40}], \"touchTime\": \"10:30\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.runningCasesUpdated").value(2));

    // the due-date step done is step 1 of the new cadence, step 2 of the default
    Eventually.within(
        PATIENCE,
        "the running case adopted it",
        () -> fixtures.workflowState(reached).currentStep() == 1);
    Eventually.within(
        PATIENCE,
        "progress shown",
        () ->
            cadencePage(segment)
                .contains("Last save reached 1 of 2 running cases; the rest are on their way."));

    fixtures.startAgain(lost, 2);

    Eventually.within(
        PATIENCE,
        "the resumed case adopted it",
        () -> fixtures.workflowRunning(lost) && fixtures.workflowState(lost).currentStep() == 1);
    Eventually.within(
        PATIENCE,
        "progress complete",
        () -> cadencePage(segment).contains("Last save reached 2 of 2 running cases."));
  }

  /** Due yesterday, the first step drafted and waiting for approval. */
  private Invoice runningCaseIn(String segment) {
    Invoice invoice = fixtures.overdueByOneDay();
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.setSegment(segment);
    customers.save(customer);
    fixtures.announce(invoice);
    Eventually.within(PATIENCE, "case running", () -> fixtures.workflowRunning(invoice));
    return invoice;
  }

  private String cadencePage(String segment) {
    try {
      return mvc.perform(get("/cadences/{name}", segment).with(user(ADMIN).roles("ADMIN")))
          .andExpect(status().isOk())
          .andReturn()
          .getResponse()
          .getContentAsString();
    } catch (Exception failed) {
      throw new IllegalStateException(failed);
    }
  }
}
