package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.RelayedEvent;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.HoldReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Facts relayed from the ledger's outbox: a relay that died after Temporal had an event delivers it
 * again, and the case must take it once.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RelayedEventsTest {

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND);
  private final CollectionWorkflow workflow = server.workflow;

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  @Test
  void aPromiseDeliveredAgainAfterAPersonResumedDoesNotHoldTheCaseAgain() {
    server.sleepUntil(CaseEventsTest.MARCH_16);
    RelayedEvent promise =
        RelayedEvent.promise("41", new Promise("customer", LocalDate.of(2026, 4, 1), null));

    workflow.relayed(promise);
    server.sleep(Duration.ofMinutes(5));
    assertThat(workflow.state().hold().kind()).isEqualTo(HoldReason.PROMISE);
    workflow.resume(new Resume(CaseEventsTest.ANN, "agreed otherwise by phone"));
    workflow.relayed(promise);
    server.sleep(Duration.ofMinutes(5));

    assertThat(workflow.state().hold()).isNull();
    assertThat(server.activities.noteTypes()).containsExactly("CASE_ON_HOLD", "CASE_RESUMED");
  }

  @Test
  void aPolicyChangeDeliveredTwiceIsAdoptedOnceSoTouchesKeepTheKeysOfOneGeneration() {
    server.sleepUntil(Instant.parse("2026-03-21T10:00:00Z")); // steps 1 (-5) and 2 (0) sent
    RelayedEvent changed =
        RelayedEvent.policy("42", Cadence.ofOffsets(LocalTime.of(10, 0), -10, 0, 10, 20));

    workflow.relayed(changed);
    workflow.relayed(changed);
    server.sleepUntil(Instant.parse("2026-03-31T10:00:00Z"));

    assertThat(server.touches.drafts)
        .extracting(TouchRequest::idempotencyKey)
        .containsExactly(
            "invoice-INV-1001/step-1",
            "invoice-INV-1001/step-2",
            "invoice-INV-1001/policy-1/step-3");
  }

  @Test
  void aRelayedPromiseTheCaseCannotTakeWhileDisputedChangesNothing() {
    server.sleepUntil(CaseEventsTest.MARCH_16);

    workflow.relayed(
        RelayedEvent.dispute(
            "43", new DisputeNotice("portal-7", "customer", "The amount is wrong", null)));
    workflow.relayed(
        RelayedEvent.promise("44", new Promise("customer", LocalDate.of(2026, 4, 1), null)));
    workflow.relayed(RelayedEvent.reply("45", new Reply(Channel.EMAIL, "see our dispute")));
    server.sleep(Duration.ofMinutes(5));

    assertThat(workflow.state().hold().kind()).isEqualTo(HoldReason.DISPUTE);
    assertThat(workflow.state().openDispute()).isEqualTo("portal-7");
    assertThat(server.activities.noteTypes()).containsExactly("CASE_ON_HOLD");
  }
}
