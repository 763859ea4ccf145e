package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A policy's steps word and send their reminders their own way, through the real drafting and
 * outbox, with time skipping. Its own context (the hold-review property sets it apart from
 * WholeCadenceTest's), so its skipped days do not move another test's clock.
 */
@Tag("calendar")
@SpringBootTest(
    properties = {
      "recoup.temporal.time-skipping=true",
      "recoup.temporal.start=" + StepMessagesCadenceTest.START,
      "recoup.process.review-until=2000-01-01",
      "recoup.process.hold-review=6d",
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + CaseApplicationTest.ADMIN,
      "recoup.admin.password=" + CaseApplicationTest.PASSWORD
    })
@AutoConfigureMockMvc
class StepMessagesCadenceTest {

  /** Saturday 5 December 2026, 23:30 UTC: the engine's and the application's clock start here. */
  static final String START = "2026-12-05T23:30:00Z";

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;

  @Test
  @Timeout(60)
  void eachStepDraftsInItsOwnToneAndTemplateAndAStepNeedingApprovalWaitsEvenForATrustedCustomer()
      throws Exception {
    CaseFixtures fixtures = new CaseFixtures(context);
    mvc.perform(
            put("/api/policies/{name}", "steps")
                .with(httpBasic(CaseApplicationTest.ADMIN, CaseApplicationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"steps": [{"offsetDays": 0, "tone": "FIRM", "template": "OVERDUE"}, {"offsetDays": 3},
                           {"offsetDays": 10, "tone": "NEUTRAL", "needsApproval": true}]}
                """))
        .andExpect(status().isOk());
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.reachable(invoice, true);
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    customer.setSegment("steps");
    customers.save(customer);

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "workflow started", () -> fixtures.workflowRunning(invoice));
    context.getBean(TestWorkflowEnvironment.class).sleep(Duration.ofDays(14));
    Eventually.within(
        PATIENCE, "the last step drafted", () -> "DRAFTED".equals(touch(invoice, 3, "status")));
    assertThat(touch(invoice, 1, "subject"))
        .isEqualTo("Payment overdue: invoice " + invoice.getNumber()); // firm
    assertThat(touch(invoice, 1, "status")).isEqualTo("SENT");
    assertThat(touch(invoice, 3, "subject"))
        .isEqualTo("Final notice: invoice " + invoice.getNumber()); // neutral
    assertThat(fixtures.outboxRowsFor(invoice, "SENT"))
        .isEqualTo(2); // the third waits for a person
  }

  private String touch(Invoice invoice, int step, String column) {
    return jdbc.sql(
            "select t."
                + column
                + " from touch t join collection_case c on c.id = t.case_id"
                + " where c.invoice_id = ? and t.step = ?")
        .param(invoice.getId())
        .param(step)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
