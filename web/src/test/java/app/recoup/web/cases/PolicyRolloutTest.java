package app.recoup.web.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.api.cases.CasesResumed;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A saved policy reaches its running cases durably: a case that cannot take it now (its workflow is
 * gone) gets it once it runs again, and the cadence page shows how far the roll-out got.
 */
@AutoConfigureMockMvc
class PolicyRolloutTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;
  @Autowired WorkflowClient client;
  @Autowired JdbcClient jdbc;

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

    startAgain(lost);

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

  /** As the reconciler does after a restart: the workflow runs again with the ledger's cadence. */
  private void startAgain(Invoice invoice) {
    long caseId =
        jdbc.sql("select id from collection_case where invoice_id = ?")
            .param(invoice.getId())
            .query(Long.class)
            .single();
    WorkflowClient.start(
        client.newWorkflowStub(
                CollectionWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(CaseFixtures.workflowId(invoice))
                    .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                    .build())
            ::run,
        new CaseSnapshot(
            caseId,
            invoice.getNumber(),
            invoice.getCurrency(),
            invoice.getBalance(),
            invoice.getDueDate(),
            CaseFixtures.UTC,
            Cadence.DEFAULT,
            2));
    context.publishEvent(new CasesResumed(List.of(invoice.getId())));
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
