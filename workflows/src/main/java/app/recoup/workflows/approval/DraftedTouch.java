package app.recoup.workflows.approval;

import java.time.Duration;

/**
 * A drafted touch and how it may go out.
 *
 * @param approvalTimeout how long a draft waits for a person before the approvers get a task
 */
public record DraftedTouch(SendMode mode, String subject, String body, Duration approvalTimeout) {

  public enum SendMode {
    /** A person approves, edits or skips it first. */
    APPROVAL,
    /** After the review period, a trusted customer's touches go out as drafted. */
    AUTO_SEND,
    /** The customer is excluded from automation: a person handles the case, nothing is drafted. */
    MANUAL
  }

  public static DraftedTouch manual() {
    return new DraftedTouch(SendMode.MANUAL, null, null, Duration.ZERO);
  }
}
