package app.recoup.workflows.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an outbound webhook tells a subscriber happened (its JSON {@code type}); each is derived
 * from a durable record of the ledger, most from one timeline event type.
 */
public enum WebhookEventType {
  /** A collection case was opened for an overdue invoice (from the case's row itself). */
  CASE_OPENED("case.opened", null, null),
  TOUCH_SENT("touch.sent", TimelineEventType.TOUCH_SENT, null),
  REPLY_RECEIVED("reply.received", TimelineEventType.REPLY_RECEIVED, null),
  /**
   * The case took a promise and went on hold for it, whoever recorded it (the portal's own
   * PROMISE_TO_PAY line is followed by this one, so announcing both would say it twice).
   */
  PROMISE_MADE("promise.made", TimelineEventType.CASE_ON_HOLD, Notes.onHold(HoldReason.PROMISE)),
  PROMISE_BROKEN("promise.broken", TimelineEventType.PROMISE_BROKEN, null),
  /** The case took a dispute and went on hold for it, as for a promise. */
  DISPUTE_OPENED(
      "dispute.opened", TimelineEventType.CASE_ON_HOLD, Notes.onHold(HoldReason.DISPUTE)),
  /** The case resumed because its dispute was resolved. */
  DISPUTE_RESOLVED("dispute.resolved", TimelineEventType.CASE_RESUMED, Notes.DISPUTE_RESOLVED),
  PAYMENT_APPLIED("payment.applied", TimelineEventType.PAYMENT_RECEIVED, null),
  CASE_CLOSED("case.closed", TimelineEventType.CASE_CLOSED, null),
  TASK_OPENED("task.opened", TimelineEventType.TASK_OPENED, null);

  /**
   * How the collection workflow words the timeline lines that are the only trace of some events: a
   * hold ("On hold: promise: ...") and a resumption after a dispute's resolution.
   */
  static final class Notes {

    static final String DISPUTE_RESOLVED = "Resumed: dispute resolved";

    private Notes() {}

    static String onHold(HoldReason reason) {
      return "On hold: " + reason.name().toLowerCase(Locale.ROOT);
    }
  }

  private final String stored;
  private final TimelineEventType timelineEvent;
  private final String detailsPrefix;

  WebhookEventType(String stored, TimelineEventType timelineEvent, String detailsPrefix) {
    this.stored = stored;
    this.timelineEvent = timelineEvent;
    this.detailsPrefix = detailsPrefix;
  }

  /** The word subscribers see and the ledger holds. */
  public String stored() {
    return stored;
  }

  /** The webhook event a timeline line announces, if any. */
  public static Optional<WebhookEventType> announcedBy(TimelineEventType type, String details) {
    return Arrays.stream(values())
        .filter(event -> event.timelineEvent == type)
        .filter(
            event ->
                event.detailsPrefix == null
                    || details != null && details.startsWith(event.detailsPrefix))
        .findFirst();
  }
}
