package app.recoup.workflows.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.events.Hold;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which timeline lines outbound webhooks announce, in the words the workflow writes them. */
class WebhookEventTypeTest {

  @Test
  void aHoldForAPromiseOrADisputeIsAnnouncedAndOtherHoldsAreNot() {
    assertThat(onHold(HoldReason.PROMISE, "by 2026-03-10")).contains(WebhookEventType.PROMISE_MADE);
    assertThat(onHold(HoldReason.DISPUTE, "wrong quantity"))
        .contains(WebhookEventType.DISPUTE_OPENED);
    assertThat(onHold(HoldReason.SNOOZE, null)).isEmpty();
    assertThat(WebhookEventType.announcedBy(TimelineEventType.PROMISE_TO_PAY, "by 2026-03-10"))
        .as("the portal's own line, followed by the hold")
        .isEmpty();
  }

  @Test
  void aResumptionIsADisputeResolvedOnlyWhenItSaysSo() {
    assertThat(
            WebhookEventType.announcedBy(
                TimelineEventType.CASE_RESUMED, "Resumed: dispute resolved, rejected"))
        .contains(WebhookEventType.DISPUTE_RESOLVED);
    assertThat(
            WebhookEventType.announcedBy(TimelineEventType.CASE_RESUMED, "Resumed: promise ended"))
        .isEmpty();
  }

  @Test
  void theOtherEventsFollowTheirTimelineType() {
    assertThat(WebhookEventType.announcedBy(TimelineEventType.PAYMENT_RECEIVED, "50.00 EUR"))
        .contains(WebhookEventType.PAYMENT_APPLIED);
    assertThat(WebhookEventType.announcedBy(TimelineEventType.CASE_CLOSED, "Closed: PAID"))
        .contains(WebhookEventType.CASE_CLOSED);
    assertThat(WebhookEventType.announcedBy(TimelineEventType.TOUCH_DRAFTED, "")).isEmpty();
  }

  /** As HoldWait notes a hold. */
  private static Optional<WebhookEventType> onHold(HoldReason kind, String reason) {
    Hold hold = new Hold(kind, "ana@example.com", reason, Instant.EPOCH, 1);
    return WebhookEventType.announcedBy(
        TimelineEventType.CASE_ON_HOLD, "On hold: " + hold.describe());
  }
}
