package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.invoices.Invoice;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class CaseOpeningTest extends CaseApplicationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Test
  void anOverdueInvoiceGetsOneCaseWithARunningWorkflowAndAReAnnouncementStartsNothingNew() {
    Invoice invoice = fixtures.overdueByOneDay();

    fixtures.announce(invoice);

    Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
    assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    Eventually.within(
        PATIENCE, "due-date touch recorded", () -> fixtures.recordedStep(invoice) == 2);
    String runId = fixtures.runId(invoice);
    assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);

    fixtures.announce(invoice);
    fixtures.announce(invoice);

    Invoice later = fixtures.overdueByOneDay();
    fixtures.announce(
        later); // the single case thread has handled the re-announcements once this runs
    Eventually.within(PATIENCE, "a later case opened", () -> fixtures.casesFor(later) == 1);
    assertThat(fixtures.casesFor(invoice)).isEqualTo(1);
    assertThat(fixtures.runId(invoice)).isEqualTo(runId);
    assertThat(fixtures.workflowRunning(invoice)).isTrue();
    assertThat(fixtures.touchesFor(invoice)).isEqualTo(1);
  }

  @Test
  void anInvoiceWithinThePreDueWindowGetsACaseAndOneDueLaterDoesNot() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    LocalDate todayInTokyo = fixtures.today(tokyo);
    Invoice inWindow = fixtures.invoiceDue(todayInTokyo.plusDays(5), tokyo);
    Invoice tooEarly = fixtures.invoiceDue(todayInTokyo.plusDays(6), tokyo);

    fixtures.announce(inWindow, tooEarly);

    Eventually.within(
        PATIENCE, "case for the invoice due in 5 days", () -> fixtures.casesFor(inWindow) == 1);
    assertThat(fixtures.casesFor(tooEarly)).isZero();
  }

  @Test
  void payingTheInvoiceClosesItsCase() {
    Invoice invoice = fixtures.overdueByOneDay();
    fixtures.announce(invoice);
    Eventually.within(PATIENCE, "workflow running", () -> fixtures.workflowRunning(invoice));
    assertThat(fixtures.caseStatus(invoice)).isEqualTo("OPEN");

    fixtures.announce(fixtures.markPaid(invoice));

    Eventually.within(PATIENCE, "case closed", () -> fixtures.caseStatus(invoice).equals("CLOSED"));
    Eventually.within(PATIENCE, "workflow completed", () -> !fixtures.workflowRunning(invoice));
  }
}
