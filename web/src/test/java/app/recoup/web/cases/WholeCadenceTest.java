package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.recoup.ledger.invoices.Invoice;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole application with the in-process Temporal skipping time: a month of cadence runs in
 * seconds against the real ledger, ending in a task for a person. The timeout proves the skip. The
 * review period is over and the customer trusted, so every touch is sent without waiting; touches
 * keep to weekdays' business hours.
 */
@Tag("calendar")
@SpringBootTest(
    properties = {
      "recoup.temporal.time-skipping=true",
      "recoup.temporal.start=" + WholeCadenceTest.START,
      "recoup.process.review-until=2000-01-01",
      "recoup.process.calendar.opens=09:00",
      "recoup.process.calendar.closes=17:00",
      "recoup.process.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + CaseApplicationTest.ADMIN,
      "recoup.admin.password=" + CaseApplicationTest.PASSWORD
    })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeCadenceTest {

  /**
   * Monday 7 December 2026, 02:48 UTC, before business hours: the invoice fell due on Sunday. The
   * engine's and the application's clock start here.
   */
  static final String START = "2026-12-07T02:48:00Z";

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  /** Runs first, while the engine's clock still reads Monday night. */
  @Test
  @Order(1)
  @Timeout(60)
  void theCasePagePlansWhatTheWorkflowWillDoTheDueDateStepAtMondayOpeningAndNoWeekendTouch()
      throws Exception {
    CaseFixtures fixtures = new CaseFixtures(context);
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.reachable(invoice, false);

    fixtures.announce(invoice);

    Eventually.within(
        PATIENCE,
        "the workflow plans its first touch",
        () ->
            fixtures.workflowRunning(invoice)
                && fixtures.workflowState(invoice).nextTouchAt() != null);
    Instant firstTouch = fixtures.workflowState(invoice).nextTouchAt();
    assertThat(firstTouch).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    String page =
        mvc.perform(get("/cases/{n}", invoice.getNumber()).with(person()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> planned =
        Pattern.compile(
                "<li>(Step \\d+ \\([^)]*\\)): <time datetime=\"([^\"]+)\">([^<]+)</time></li>")
            .matcher(page)
            .results()
            .map(row -> row.group(1) + " " + row.group(2) + " " + row.group(3))
            .toList();
    assertThat(planned)
        .as("planned touches on the case page")
        .containsExactly(
            "Step 2 (due date) " + firstTouch + " Mon 7 Dec 2026, 09:00",
            "Step 3 (3 days after due) 2026-12-09T09:00:00Z Wed 9 Dec 2026, 09:00",
            "Step 4 (7 days after due) 2026-12-14T09:00:00Z Mon 14 Dec 2026, 09:00",
            "Step 5 (14 days after due) 2026-12-21T09:00:00Z Mon 21 Dec 2026, 09:00",
            "Step 6 (21 days after due) 2026-12-28T09:00:00Z Mon 28 Dec 2026, 09:00",
            "Step 7 (30 days after due) 2027-01-05T09:00:00Z Tue 5 Jan 2027, 09:00");
  }

  @Test
  @Order(2)
  @Timeout(60)
  void aCaseRunsThroughEveryRemainingStepThenAPersonDecidesAndPaymentStillClosesIt()
      throws Exception {
    CaseFixtures fixtures = new CaseFixtures(context);
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.reachable(invoice, true);

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "workflow started", () -> fixtures.workflowRunning(invoice));
    context.getBean(TestWorkflowEnvironment.class).sleep(Duration.ofDays(45)); // cadence + a week
    Eventually.within(PATIENCE, "a person asked", () -> openTasks(invoice) == 1);
    assertThat(fixtures.recordedStep(invoice)).isEqualTo(7);
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(6); // steps 2..7: step 1 was already past
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isEqualTo(6);
    assertThat(fixtures.caseStatus(invoice)).isEqualTo("OPEN");

    // the task on the tasks page: a decision without a next step is refused and the task stays
    long task = openTask(invoice);
    mvc.perform(
            post("/tasks/{id}/complete", task)
                .param("decision", "ring Monday")
                .with(person())
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("taskErrors", Map.of(String.valueOf(task), "Choose the next step.")));
    assertThat(openTasks(invoice)).isEqualTo(1);
    mvc.perform(
            post("/tasks/{id}/complete", task)
                .param("decision", "ring Monday")
                .param("choice", "CALL_CLIENT")
                .with(person())
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Done: Decide next step."));
    assertThat(openTasks(invoice)).isZero();
    Eventually.within(
        PATIENCE,
        "the case heard the decision",
        () ->
            jdbc.sql(
                        "select count(*) from timeline_event e join collection_case c on c.id = e.case_id"
                            + " where c.invoice_id = ? and e.type = 'NEXT_STEP_DECIDED' and e.details = 'call client: ring Monday'")
                    .param(invoice.getId())
                    .query(Long.class)
                    .single()
                == 1);
    mvc.perform(
            post("/api/cases/{n}/next-step", invoice.getNumber())
                .with(httpBasic(CaseApplicationTest.ADMIN, CaseApplicationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"choice\": \"CALL_CLIENT\"}"))
        .andExpect(status().isConflict());

    fixtures.announce(fixtures.markPaid(invoice));

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    fixtures.awaitWorkflowCompletion(invoice);
  }

  private static RequestPostProcessor person() {
    return user(CaseApplicationTest.ADMIN).roles("ADMIN");
  }

  private long openTask(Invoice invoice) {
    return jdbc.sql(
            "select t.id from human_task t join collection_case c on c.id = t.case_id"
                + " where c.invoice_id = ? and t.status = 'OPEN' and t.kind = 'DECIDE_NEXT_STEP'")
        .param(invoice.getId())
        .query(Long.class)
        .single();
  }

  private long openTasks(Invoice invoice) {
    return jdbc.sql(
            "select count(*) from human_task t join collection_case c on c.id = t.case_id"
                + " where c.invoice_id = ? and t.status = 'OPEN' and t.kind = 'DECIDE_NEXT_STEP'")
        .param(invoice.getId())
        .query(Long.class)
        .single();
  }
}
