package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application with the in-process Temporal skipping time: a month of cadence runs in
 * seconds against the real ledger, ending in a task for a person. The timeout proves the skip. The
 * review period is over and the customer trusted, so every touch is sent without waiting; touches
 * keep to weekdays' business hours.
 */
@SpringBootTest(
    properties = {
      "recoup.temporal.time-skipping=true",
      "recoup.process.review-until=2000-01-01",
      "recoup.process.calendar.opens=09:00",
      "recoup.process.calendar.closes=17:00",
      "recoup.process.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + CaseApplicationTest.ADMIN,
      "recoup.admin.password=" + CaseApplicationTest.PASSWORD
    })
class WholeCadenceTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  @Timeout(60)
  void aCaseRunsThroughEveryRemainingStepThenAPersonDecidesAndPaymentStillClosesIt() {
    CaseFixtures fixtures = new CaseFixtures(context);
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.reachable(invoice, true);

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "workflow started", () -> fixtures.workflowRunning(invoice));
    fixtures.awaitWorkflowCompletion(invoice);
    assertThat(openTasks(invoice)).isEqualTo(1);
    assertThat(fixtures.recordedStep(invoice)).isEqualTo(7);
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(6); // steps 2..7: step 1 was already past
    assertThat(fixtures.outboxRowsFor(invoice, "SENT")).isEqualTo(6);
    assertThat(fixtures.caseStatus(invoice)).isEqualTo("OPEN");

    fixtures.announce(fixtures.markPaid(invoice));

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
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
