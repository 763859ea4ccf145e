package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.correspondence.CombinedApproval;
import app.recoup.workflows.correspondence.CombinedDraft;
import app.recoup.workflows.correspondence.CombinedMessage;
import app.recoup.workflows.correspondence.CombinedSkip;
import app.recoup.workflows.correspondence.Combining;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import app.recoup.workflows.events.Pause;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three cases of one customer whose touches fall due on Monday 16 March 2026, 09:00 Berlin (INV-A
 * five days before its due date, INV-B three days after, INV-C seven days after), combined per
 * customer over the rest of the business day (until 17:00 Berlin). The test server skips the two
 * weeks from 2 March in well under the timeout.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CombinedRemindersTest {

  static final Instant TOUCHES_DUE = Instant.parse("2026-03-16T08:00:00Z");
  static final Instant BUSINESS_DAY_ENDS = Instant.parse("2026-03-16T16:00:00Z");
  static final String ANN = "ann@example.com";

  private CustomerTestServer server;

  @BeforeEach
  void start() {
    server = new CustomerTestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void openThreeCases(Combining combining) {
    server.open(1, "INV-A", LocalDate.of(2026, 3, 20), 0, combining);
    server.open(2, "INV-B", LocalDate.of(2026, 3, 13), 2, combining);
    server.open(3, "INV-C", LocalDate.of(2026, 3, 9), 3, combining);
  }

  @Test
  void threeInvoicesDueTheSameDayGoOutAsOneMessageApprovedOnce() {
    openThreeCases(Combining.PER_CUSTOMER);

    server.sleepUntil(BUSINESS_DAY_ENDS.minus(Duration.ofMinutes(1)));
    assertThat(server.correspondence.drafts)
        .as("the touches wait for their siblings until the business day ends")
        .isEmpty();

    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(1)));
    assertThat(server.correspondence.draftedInvoices())
        .singleElement()
        .satisfies(
            invoices -> assertThat(invoices).containsExactlyInAnyOrder("INV-A", "INV-B", "INV-C"));
    var request = server.correspondence.drafts.get(0).request();
    assertThat(request.leading().invoiceNumber())
        .as("the tone is the most advanced step's: INV-C, seven days overdue")
        .isEqualTo("INV-C");
    assertThat(server.correspondence.drafts.get(0).at())
        .isBetween(BUSINESS_DAY_ENDS, BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(1)));
    CombinedDraft draft = server.customer().draft();
    assertThat(draft.invoices()).containsExactlyInAnyOrder("INV-A", "INV-B", "INV-C");
    assertThat(server.touches.drafts).as("no invoice drafted a message of its own").isEmpty();

    server.customer().approve(new CombinedApproval(draft.messageKey(), ANN, null, null));
    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(5)));

    assertThat(server.correspondence.sends).hasSize(1);
    var sent = server.correspondence.sends.get(0).delivery();
    assertThat(sent.messageKey())
        .isEqualTo(CombinedMessage.key(CustomerTestServer.CUSTOMER, request.touches()));
    assertThat(RecordingCorrespondenceActivities.invoices(sent.touches()))
        .containsExactlyInAnyOrder("INV-A", "INV-B", "INV-C");
    assertThat(sent.approvedBy()).isEqualTo(ANN);
    assertThat(server.touches.deliveries).isEmpty();
    assertThat(server.correspondence.decisions)
        .singleElement()
        .satisfies(decided -> assertThat(decided.kind()).isEqualTo(TouchDecision.Kind.APPROVED));

    // told "sent", each case moved on to its next step
    assertThat(server.invoice("INV-A").state().nextTouchAt())
        .isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
    assertThat(server.invoice("INV-C").state().nextTouchAt())
        .isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));

    // on Friday 20 March INV-A (due date) and INV-B (+7) fall due together again
    server.sleepUntil(Instant.parse("2026-03-20T16:01:00Z"));
    assertThat(server.correspondence.draftedInvoices())
        .hasSize(2)
        .last()
        .satisfies(invoices -> assertThat(invoices).containsExactlyInAnyOrder("INV-A", "INV-B"));
    assertThat(server.now()).as("the test server skipped 18 days").isAfter(TOUCHES_DUE);
  }

  @Test
  void aCasePaidOrPausedBeforeTheDecisionIsDroppedFromTheMessage() {
    openThreeCases(Combining.PER_CUSTOMER);
    server.sleepUntil(TOUCHES_DUE.plus(Duration.ofHours(2)));
    server.invoice("INV-B").invoiceChanged(new InvoiceChange(BigDecimal.ZERO, null));

    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(1)));
    assertThat(server.correspondence.draftedInvoices())
        .singleElement()
        .satisfies(invoices -> assertThat(invoices).containsExactlyInAnyOrder("INV-A", "INV-C"));

    server.invoice("INV-C").pause(new Pause(ANN, "customer asked for a call"));
    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(3)));
    assertThat(server.correspondence.discards).hasSize(1);
    assertThat(server.correspondence.draftedInvoices())
        .last()
        .isEqualTo(java.util.List.of("INV-A"));
    assertThat(server.touches.decisions)
        .singleElement()
        .satisfies(
            skipped -> {
              assertThat(skipped.caseId()).isEqualTo(3);
              assertThat(skipped.kind()).isEqualTo(TouchDecision.Kind.SKIPPED);
              assertThat(skipped.body()).contains("on hold");
            });

    CombinedDraft draft = server.customer().draft();
    assertThat(draft.invoices()).containsExactly("INV-A");
    server.customer().approve(new CombinedApproval(draft.messageKey(), ANN, null, null));
    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(5)));
    assertThat(server.correspondence.sends)
        .singleElement()
        .satisfies(
            sent ->
                assertThat(RecordingCorrespondenceActivities.invoices(sent.delivery().touches()))
                    .containsExactly("INV-A"));
  }

  @Test
  void aMessageLeftWithoutInvoicesIsNotDraftedNorSent() {
    server.open(1, "INV-A", LocalDate.of(2026, 3, 20), 0, Combining.PER_CUSTOMER);
    server.sleepUntil(TOUCHES_DUE.plus(Duration.ofHours(1)));
    server.invoice("INV-A").invoiceChanged(new InvoiceChange(BigDecimal.ZERO, null));

    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofHours(1)));
    assertThat(server.correspondence.drafts).isEmpty();
    assertThat(server.correspondence.sends).isEmpty();
    assertThat(
            server
                .client
                .newUntypedWorkflowStub(
                    CorrespondenceWorkflow.workflowId(CustomerTestServer.CUSTOMER))
                .describe()
                .getStatus())
        .as("with nothing waiting, the correspondence ends")
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void skippingTheMessageSkipsEachTouch() {
    openThreeCases(Combining.PER_CUSTOMER);
    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(1)));
    CombinedDraft draft = server.customer().draft();

    server.customer().skip(new CombinedSkip(draft.messageKey(), ANN, "spoke to them today"));
    server.sleepUntil(BUSINESS_DAY_ENDS.plus(Duration.ofMinutes(5)));

    assertThat(server.correspondence.sends).isEmpty();
    assertThat(server.correspondence.decisions)
        .singleElement()
        .satisfies(
            skipped -> {
              assertThat(skipped.kind()).isEqualTo(TouchDecision.Kind.SKIPPED);
              assertThat(RecordingCorrespondenceActivities.invoices(skipped.touches()))
                  .containsExactlyInAnyOrder("INV-A", "INV-B", "INV-C");
              assertThat(skipped.body()).isEqualTo("spoke to them today");
            });
    assertThat(server.invoice("INV-A").state().nextTouchAt())
        .as("told 'skipped', the case moved on to its next step")
        .isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
  }

  @Test
  void perInvoicePolicyDraftsEachCaseOnItsOwn() {
    openThreeCases(Combining.PER_INVOICE);

    server.sleepUntil(Instant.parse("2026-03-18T16:00:00Z"));

    assertThat(server.correspondence.drafts).isEmpty();
    assertThat(server.touches.drafts)
        .extracting(request -> request.invoiceNumber())
        .containsExactlyInAnyOrder("INV-A", "INV-B", "INV-C");
    assertThat(server.touches.claims)
        .as("one touch a day: each case claimed its own day")
        .hasSize(3);
  }
}
