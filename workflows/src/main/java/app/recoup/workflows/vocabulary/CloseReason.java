package app.recoup.workflows.vocabulary;

/** Why a case closed (its {@code collection_case.close_reason}). */
public enum CloseReason {
  PAID(TimelineEventType.CASE_PAID),
  WRITTEN_OFF(TimelineEventType.CASE_WRITTEN_OFF),
  CANCELLED(TimelineEventType.CASE_CANCELLED),
  /** Credit (a credit note, the customer's credit) settled what was owed, not a payment. */
  CREDITED(TimelineEventType.CASE_CREDITED);

  private final TimelineEventType timelineEvent;

  CloseReason(TimelineEventType timelineEvent) {
    this.timelineEvent = timelineEvent;
  }

  /** What the case's timeline says when it closes for this reason. */
  public TimelineEventType timelineEvent() {
    return timelineEvent;
  }

  /** As people read it: "written off". */
  public String describe() {
    return name().toLowerCase().replace('_', ' ');
  }
}
