package app.recoup.web.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case whose workflow never answers (its worker is gone: here, its task queue has no worker at
 * all). A person's command and the case page answer within {@code recoup.process.answer-within} (10
 * s in these tests) and say what happened, instead of holding the request for ever.
 */
class UnansweringCaseTest extends CaseApplicationTest {

  private static final String NOBODY_POLLS = "no-worker-polls-this";

  @Autowired MockMvc mvc;
  @Autowired WorkflowClient workflows;

  private Invoice invoice;

  @BeforeEach
  void aCaseWhoseWorkerIsGone(@Autowired CollectionCases cases) {
    invoice = fixtures.invoiceDue(LocalDate.of(2026, 3, 1), CaseFixtures.UTC);
    cases.openIfAbsent(invoice.getId(), CollectionWorkflow.workflowId(invoice.getNumber()));
    workflows
        .newUntypedWorkflowStub(
            "CollectionWorkflow",
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionWorkflow.workflowId(invoice.getNumber()))
                .setTaskQueue(NOBODY_POLLS)
                .build())
        .start();
  }

  @Test
  @Timeout(60)
  void aCommandTheCaseDoesNotAnswerIsA504SayingItWasNotConfirmed() throws Exception {
    mvc.perform(
            post("/api/cases/{n}/pause", invoice.getNumber())
                .with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"customer on holiday\"}"))
        .andExpect(status().isGatewayTimeout())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The case of invoice "
                        + invoice.getNumber()
                        + " did not answer within 10 s; the command was not confirmed and may still be taken when the case"
                        + " answers: reload the case before sending it again"));
  }

  @Test
  @Timeout(60)
  void theCasePageSaysTheCommandWasNotConfirmedAndStillShowsTheCase() throws Exception {
    mvc.perform(
            post("/cases/{n}/pause", invoice.getNumber())
                .with(user(ADMIN).roles("ADMIN"))
                .with(csrf())
                .param("reason", "customer on holiday"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "actionErrors",
                    Map.of(
                        "pause",
                        "The case of invoice "
                            + invoice.getNumber()
                            + " did not answer within 10 s; the command was not confirmed and may still be taken when the case"
                            + " answers: reload the case before sending it again.")));

    mvc.perform(get("/cases/{n}", invoice.getNumber()).with(user(ADMIN).roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(invoice.getNumber())));
  }
}
