package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.HoldReason;
import io.temporal.client.WorkflowUpdateException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A case whose history grows past its limit continues as new, keeping its state and its keys. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ContinueAsNewTest {

  @Test
  void stateAndKeysSurviveContinuingAsNew() {
    CaseSnapshot shortHistory =
        withHistoryLimit(CollectionWorkflowTest.snapshot(CaseTestServer.DUE, 0), 40);
    try (CaseTestServer server =
        new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND, shortHistory)) {
      CollectionWorkflow workflow = server.workflow;
      String firstRun = server.currentRunId();

      server.sleep(Duration.ofDays(14)); // 16 March
      workflow.replyReceived(new Reply(Channel.EMAIL, "call me"));
      server.sleep(Duration.ofHours(1));
      workflow.resume(new Resume("ann@example.com", null));
      server.sleep(Duration.ofHours(1));
      workflow.openDispute(new DisputeNotice("d-1", "customer", "wrong amount", null));
      server.sleep(Duration.ofHours(1));
      workflow.policyChanged(Cadence.ofOffsets(LocalTime.of(9, 0), -5, 0, 3, 7, 14, 21, 30));
      workflow.resolveDispute(
          new DisputeResolution(
              "d-1", "ann@example.com", DisputeResolution.Outcome.REJECTED, null));
      server.sleep(Duration.ofDays(20)); // 5 April

      assertThat(server.currentRunId()).isNotEqualTo(firstRun);
      CaseState state = workflow.state();
      assertThat(state.currentStep()).isEqualTo(5); // +14 was 3 April
      assertThat(state.balance()).isEqualByComparingTo("1250.00");
      assertThat(server.touches.drafts)
          .extracting(TouchRequest::idempotencyKey)
          .doesNotHaveDuplicates();
      assertThat(server.touches.sentSteps()).containsExactly(1, 2, 3, 4, 5);
      assertThat(server.activities.notes)
          .extracting(CaseNote::dedupKey)
          .doesNotHaveDuplicates()
          .hasSize(4);
      assertThatThrownBy(
              () ->
                  workflow.openDispute(new DisputeNotice("d-1", "customer", "wrong amount", null)))
          .isInstanceOf(WorkflowUpdateException.class)
          .cause()
          .hasMessageContaining("dispute d-1 is known already");
      assertThat(workflow.state().hold()).isNull();
      assertThat(server.now()).isAfter(Instant.parse("2026-04-05T00:00:00Z"));
    }
  }

  /**
   * A dispute open while the history passes its limit (payments keep arriving, say) continues as
   * new still a dispute: it cannot be resumed around, and resolving it resumes the cadence.
   */
  @Test
  void aDisputeOutlastingTheHistoryLimitContinuesAsNewStillADispute() {
    CaseSnapshot fresh = CollectionWorkflowTest.snapshot(CaseTestServer.DUE, 0);
    try (CaseTestServer server =
        new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND, withHistoryLimit(fresh, 40))) {
      server.sleepUntil(CaseEventsTest.MARCH_16);
      server.workflow.openDispute(new DisputeNotice("d-1", "customer", "wrong amount", null));
      server.sleep(Duration.ofMinutes(1));
      String disputedRun = server.currentRunId();
      BigDecimal balance = fresh.balance();
      for (int payment = 0; payment < 12; payment++) {
        balance = balance.subtract(BigDecimal.TEN);
        server.workflow.invoiceChanged(new InvoiceChange(balance, CaseTestServer.DUE));
        server.sleep(Duration.ofMinutes(1));
      }

      assertThat(server.currentRunId()).isNotEqualTo(disputedRun);
      CaseState disputed = server.workflow.state();
      assertThat(disputed.hold().kind()).isEqualTo(HoldReason.DISPUTE);
      assertThat(disputed.openDispute()).isEqualTo("d-1");
      assertThat(disputed.balance()).isEqualByComparingTo("1130.00");
      assertThatThrownBy(() -> server.workflow.resume(new Resume("ann@example.com", null)))
          .isInstanceOf(WorkflowUpdateException.class)
          .cause()
          .hasMessageContaining("the case is disputed: resolve the dispute to resume");

      server.workflow.resolveDispute(
          new DisputeResolution(
              "d-1", "ann@example.com", DisputeResolution.Outcome.AMOUNT_ADJUSTED, null));
      server.sleepUntil(Instant.parse("2026-03-21T10:00:00Z"));

      assertThat(server.workflow.state().hold()).isNull();
      assertThat(server.touches.sentSteps()).containsExactly(1, 2);
    }
  }

  static CaseSnapshot withHistoryLimit(CaseSnapshot snapshot, int historyLimit) {
    return new CaseSnapshot(
        snapshot.caseId(),
        snapshot.invoiceNumber(),
        snapshot.currency(),
        snapshot.balance(),
        snapshot.dueDate(),
        snapshot.customerZone(),
        snapshot.cadence(),
        snapshot.lastDoneStep(),
        Continuation.FRESH.withHistoryLimit(historyLimit),
        ProcessTimings.DEFAULTS);
  }
}
