package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.fees.LateFee;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A running case adopts a changed policy from where it stands, measured in days from due. */
@Tag("calendar")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PolicyChangeTest {

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND);

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  @Test
  void theNewCadenceContinuesAfterTheOffsetAlreadyDoneWithTouchesKeyedAnew() {
    server.sleepUntil(Instant.parse("2026-03-21T10:00:00Z")); // steps 1 (-5) and 2 (0) sent

    server.workflow.policyChanged(Cadence.ofOffsets(LocalTime.of(10, 0), -10, 0, 10, 20));
    server.sleepUntil(Instant.parse("2026-04-10T10:00:00Z"));

    assertThat(server.touches.drafts)
        .extracting(TouchRequest::offsetDays)
        .containsExactly(-5, 0, 10, 20); // neither -10 nor 0 again; not the old +3, +7, +14
    assertThat(server.touches.drafts.get(2).idempotencyKey())
        .isEqualTo("invoice-INV-1001/policy-1/step-3");
    assertThat(server.touches.drafts.get(2).finalStep()).isFalse();
    assertThat(server.touches.drafts.get(3).finalStep()).isTrue();
    Instant tenInTheMorning = Instant.parse("2026-03-30T08:00:00Z"); // 10:00 Berlin, summer time
    assertThat(server.touches.deliveries.get(2).at())
        .isBetween(tenInTheMorning, tenInTheMorning.plusSeconds(1));
  }

  /**
   * The policy changes while the old cadence's +3 touch is being recorded, and the case continues
   * as new afterwards: that touch keeps its old key, and the new cadence's +10 still goes out.
   */
  @Test
  void aPolicyChangeWhileATouchIsRecordedSkipsNoStepOfTheNewCadenceAcrossContinueAsNew() {
    server.close();
    Cadence changed = Cadence.ofOffsets(LocalTime.of(9, 0), -10, 0, 10, 20);
    CaseSnapshot fresh = CollectionWorkflowTest.snapshot(CaseTestServer.DUE, 0);
    try (CaseTestServer racing =
        new CaseTestServer(
            DraftedTouch.SendMode.AUTO_SEND, ContinueAsNewTest.withHistoryLimit(fresh, 40))) {
      String firstRun = racing.currentRunId();
      racing.activities.whileRecording =
          touch -> {
            if (touch.offsetDays() == 3) {
              racing.workflow.policyChanged(changed);
            }
          };
      racing.sleepUntil(Instant.parse("2026-04-10T10:00:00Z"));

      assertThat(racing.currentRunId()).isNotEqualTo(firstRun);
      assertThat(racing.touches.drafts)
          .extracting(TouchRequest::offsetDays)
          .containsExactly(-5, 0, 3, 10, 20);
      assertThat(racing.touches.drafts)
          .extracting(TouchRequest::idempotencyKey)
          .containsExactly(
              "invoice-INV-1001/step-1",
              "invoice-INV-1001/step-2",
              "invoice-INV-1001/step-3",
              "invoice-INV-1001/policy-1/step-3",
              "invoice-INV-1001/policy-1/step-4");
    }
  }

  @Test
  void aDraftWaitingWhenThePolicyChangesKeepsItsKey() {
    server.touches.mode = DraftedTouch.SendMode.APPROVAL;
    server.untilFirstDraft();

    server.workflow.policyChanged(Cadence.ofOffsets(LocalTime.of(9, 0), -5, 1));
    server.workflow.approve(new Approval(1, "ann@example.com", null, null));
    server.sleep(Duration.ofMinutes(1));

    assertThat(server.touches.deliveries)
        .singleElement()
        .satisfies(
            sent ->
                assertThat(sent.delivery().idempotencyKey()).isEqualTo("invoice-INV-1001/step-1"));
  }

  @Test
  void aStepCarryingALateFeePostsItBeforeItsReminderIsDrafted() {
    LateFee fee = new LateFee(LateFee.Kind.FIXED, new BigDecimal("40"), null);
    Cadence withFee =
        new Cadence(
            List.of(new CadenceStep(1, 0), new CadenceStep(2, 14, fee)), LocalTime.of(9, 0));
    server.sleepUntil(Instant.parse("2026-03-16T10:00:00Z"));

    server.workflow.policyChanged(withFee);
    server.sleepUntil(Instant.parse("2026-04-05T10:00:00Z"));

    assertThat(server.touches.fees)
        .singleElement()
        .satisfies(
            posted -> {
              assertThat(posted.fee()).isEqualTo(fee);
              assertThat(posted.idempotencyKey())
                  .isEqualTo(server.touches.drafts.get(2).idempotencyKey());
            });
    assertThat(server.touches.drafts)
        .extracting(TouchRequest::offsetDays)
        .containsExactly(-5, 0, 14);
  }

  @Test
  void aStepDraftsWithItsOwnChannelToneAndTemplateAndOldStepsDraftTheCustomersWay() {
    StepMessage firmSms =
        new StepMessage(
            StepMessage.Channel.SMS,
            StepMessage.Tone.FIRM,
            StepMessage.Template.FINAL_NOTICE,
            true);
    Cadence withMessage =
        new Cadence(
            List.of(new CadenceStep(1, 0), new CadenceStep(2, 14, null, firmSms)),
            LocalTime.of(9, 0));
    server.sleepUntil(Instant.parse("2026-03-16T10:00:00Z"));

    server.workflow.policyChanged(withMessage);
    server.sleepUntil(Instant.parse("2026-04-05T10:00:00Z"));

    assertThat(server.touches.drafts)
        .extracting(TouchRequest::message)
        .containsExactly(StepMessage.CUSTOMERS_OWN, StepMessage.CUSTOMERS_OWN, firmSms);
    assertThat(server.touches.deliveries)
        .extracting(sent -> sent.delivery().channel())
        .containsExactly(
            StepMessage.Channel.PREFERRED, StepMessage.Channel.PREFERRED, StepMessage.Channel.SMS);
  }
}
