package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import app.recoup.workflows.cadence.ManualStep;
import app.recoup.workflows.events.ManualStepDone;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.RelayedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cadence with a manual step (a call three days after due, two days to make it): the case opens a
 * task instead of sending, waits for the person, and escalates when the call is not made in time;
 * weeks pass on the time-skipping server within the timeout.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ManualStepTest {

  private static final ManualStep CALL = new ManualStep(ManualStep.Action.CALL, "ann", 2);

  /** Due 20 March: reminders on 15 and 20 March, the call on 23 March, a reminder on 27 March. */
  private static final Cadence WITH_A_CALL =
      new Cadence(
          List.of(
              new CadenceStep(1, -5),
              new CadenceStep(2, 0),
              new CadenceStep(3, 3, null, null, CALL),
              new CadenceStep(4, 7)),
          LocalTime.of(9, 0));

  private static final Instant CALL_OPENED = Instant.parse("2026-03-23T08:05:00Z");
  private static final Instant CALL_DUE = Instant.parse("2026-03-25T08:00:00Z");
  private static final Instant AFTER_STEP_FOUR = Instant.parse("2026-03-27T09:00:00Z");

  private final CaseTestServer server =
      new CaseTestServer(
          DraftedTouch.SendMode.AUTO_SEND,
          new CaseSnapshot(
              42L,
              CollectionWorkflowTest.INVOICE,
              "EUR",
              new BigDecimal("1250.00"),
              CaseTestServer.DUE,
              CollectionWorkflowTest.BERLIN,
              WITH_A_CALL,
              0));
  private final CollectionWorkflow workflow = server.workflow;

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  private void callMade(String eventId) {
    workflow.relayed(
        RelayedEvent.manualStepDone(
            eventId,
            new ManualStepDone(
                RecordingManualStepActivities.taskId(3), "ann", "Reached them: pay on Friday")));
  }

  @Test
  void theCallIsATaskInsteadOfAMessageAndTheCadenceGoesOnOnceItIsDone() {
    server.sleepUntil(CALL_OPENED);

    assertThat(server.manualSteps.opened)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.step()).isEqualTo(3);
              assertThat(task.manual()).isEqualTo(CALL);
              assertThat(task.dueAt()).isEqualTo(CALL_DUE);
              assertThat(task.title()).isEqualTo("Call the customer (step 3)");
            });
    assertThat(workflow.state().status()).isEqualTo(CaseStage.AWAITING_MANUAL_STEP);
    callMade("90");
    callMade("90");
    server.sleepUntil(AFTER_STEP_FOUR);

    assertThat(server.touches.sentSteps()).containsExactly(1, 2, 4);
    assertThat(server.manualSteps.escalated).isEmpty();
    assertThat(server.manualSteps.finished)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.done()).isTrue();
              assertThat(outcome.by()).isEqualTo("ann");
              assertThat(outcome.note()).isEqualTo("Reached them: pay on Friday");
            });
  }

  @Test
  void aCallNotMadeInTimeEscalatesOnceAndTheCaseWaitsForItBeforeTheNextReminder() {
    server.sleepUntil(AFTER_STEP_FOUR);

    assertThat(server.manualSteps.escalated).extracting(ManualStepTask::step).containsExactly(3);
    assertThat(server.touches.sentSteps()).containsExactly(1, 2);
    assertThat(server.manualSteps.finished).isEmpty();
    assertThat(workflow.state().status()).isEqualTo(CaseStage.AWAITING_MANUAL_STEP);

    callMade("91");
    server.sleep(java.time.Duration.ofHours(1));

    assertThat(server.touches.sentSteps()).containsExactly(1, 2, 4);
    assertThat(server.manualSteps.finished)
        .extracting(ManualStepOutcome::done)
        .containsExactly(true);
  }

  @Test
  void aPromiseWhileTheCallWaitsWithdrawsTheCall() {
    server.sleepUntil(CALL_OPENED);

    workflow.relayed(
        RelayedEvent.promise("92", new Promise("customer", LocalDate.of(2026, 4, 10), null)));
    server.sleep(java.time.Duration.ofHours(1));

    assertThat(server.manualSteps.finished)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.done()).isFalse();
              assertThat(outcome.note()).startsWith("withdrawn, the case is on hold (promise");
            });
    assertThat(server.manualSteps.escalated).isEmpty();
  }
}
