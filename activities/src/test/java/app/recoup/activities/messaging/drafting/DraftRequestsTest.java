package app.recoup.activities.messaging.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.activities.messaging.ChannelsTest;
import app.recoup.ledger.customers.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("calendar")
class DraftRequestsTest extends ChannelsTest {

  @Autowired DraftRequests requests;
  @Autowired DraftingService drafting;

  @Test
  void theDraftCarriesTheLedgersBalanceIncludingFees() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    String number =
        jdbc.sql(
                "select i.number from invoice i join collection_case c on c.invoice_id = i.id where c.id = ?")
            .param(caseId)
            .query(String.class)
            .single();
    jdbc.sql(
            "update invoice set fees = 62.50, amount_paid = 100, po_reference = 'PO-9', due_date = '2026-11-07'"
                + " where number = ?")
        .param(number)
        .update();

    // 6 December 23:30 UTC is already 7 December in Berlin: 30 days after the due date there
    DraftRequest request =
        requests.forInvoice(
            number, Tone.FIRM, StepKind.OVERDUE, Instant.parse("2026-12-06T23:30:00Z"));
    Draft draft = drafting.draft(request);

    assertThat(request.amountDue()).isEqualByComparingTo(new BigDecimal("1212.50"));
    assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(draft.text())
        .startsWith("Dear Pat,")
        .contains("€1,212.50", number, "PO-9", "30 days overdue");
  }

  @Test
  void aPreDueReminderMovedPastTheDueDateIsWordedAsDueOnTheDayAndOverdueAfter() {
    long caseId = fixtures.openCase("pat@customer.test", null);
    String number =
        jdbc.sql(
                "select i.number from invoice i join collection_case c on c.invoice_id = i.id where c.id = ?")
            .param(caseId)
            .query(String.class)
            .single();
    jdbc.sql("update invoice set due_date = '2026-12-07' where number = ?").param(number).update();

    assertThat(
            requests
                .forInvoice(
                    number, Tone.FIRM, StepKind.PRE_DUE, Instant.parse("2026-12-06T22:59:00Z"))
                .step())
        .as("Sunday 23:59 in Berlin")
        .isEqualTo(StepKind.PRE_DUE);
    assertThat(
            requests
                .forInvoice(
                    number, Tone.FIRM, StepKind.PRE_DUE, Instant.parse("2026-12-06T23:30:00Z"))
                .step())
        .as("Monday 00:30 in Berlin, the due date")
        .isEqualTo(StepKind.DUE);
    assertThat(
            requests
                .forInvoice(
                    number, Tone.FIRM, StepKind.PRE_DUE, Instant.parse("2026-12-08T08:00:00Z"))
                .step())
        .as("the day after")
        .isEqualTo(StepKind.OVERDUE);
    Draft dueDay =
        drafting.draft(
            requests.forInvoice(
                number, Tone.FRIENDLY, StepKind.PRE_DUE, Instant.parse("2026-12-07T08:00:00Z")));
    assertThat(dueDay.text()).doesNotContainIgnoringCase("heads-up");
  }

  @Test
  void anUnknownInvoiceIsRefusedClearly() {
    assertThatThrownBy(
            () ->
                requests.forInvoice(
                    "NOPE-1", Tone.NEUTRAL, StepKind.DUE, Instant.parse("2026-12-07T02:48:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE-1");
  }
}
