package app.recoup.workflows.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an outbound webhook tells a subscriber happened (its JSON {@code type}); each is derived
 * from a durable record of the ledger, most from one timeline event type.
 */
public enum WebhookEventType {
  /** A collection case was opened for an overdue invoice (from the case's row itself). */
  CASE_OPENED("case.opened", null),
  TOUCH_SENT("touch.sent", TimelineEventType.TOUCH_SENT),
  REPLY_RECEIVED("reply.received", TimelineEventType.REPLY_RECEIVED),
  PROMISE_MADE("promise.made", TimelineEventType.PROMISE_TO_PAY),
  PROMISE_BROKEN("promise.broken", TimelineEventType.PROMISE_BROKEN),
  DISPUTE_OPENED("dispute.opened", TimelineEventType.DISPUTE_OPENED),
  /** The case resumed because its dispute was resolved (a resumption that says so). */
  DISPUTE_RESOLVED("dispute.resolved", TimelineEventType.CASE_RESUMED),
  PAYMENT_APPLIED("payment.applied", TimelineEventType.PAYMENT_RECEIVED),
  CASE_CLOSED("case.closed", TimelineEventType.CASE_CLOSED),
  TASK_OPENED("task.opened", TimelineEventType.TASK_OPENED);

  /**
   * How the collection workflow words a resumption after a dispute's resolution; the only trace of
   * the resolution on the timeline.
   */
  static final String DISPUTE_RESOLVED_NOTE = "Resumed: dispute resolved";

  private final String stored;
  private final TimelineEventType timelineEvent;

  WebhookEventType(String stored, TimelineEventType timelineEvent) {
    this.stored = stored;
    this.timelineEvent = timelineEvent;
  }

  /** The word subscribers see and the ledger holds. */
  public String stored() {
    return stored;
  }

  public static Optional<WebhookEventType> fromStored(String word) {
    return Arrays.stream(values()).filter(type -> type.stored.equals(word)).findFirst();
  }

  /** The webhook event a timeline event announces, if any. */
  public static Optional<WebhookEventType> announcedBy(TimelineEventType type, String details) {
    if (type == TimelineEventType.CASE_RESUMED) {
      return details != null && details.startsWith(DISPUTE_RESOLVED_NOTE)
          ? Optional.of(DISPUTE_RESOLVED)
          : Optional.empty();
    }
    return Arrays.stream(values()).filter(event -> event.timelineEvent == type).findFirst();
  }
}
