package app.recoup.workflows.collection;

/**
 * What a case's workflow is doing now, as its query answers; the ledger's status of the case is
 * {@link app.recoup.workflows.vocabulary.CaseStatus}.
 */
public enum CaseStage {
  /** Sleeping until the next touch. */
  WAITING,
  /** A drafted touch waits for a person to approve, edit or skip it. */
  AWAITING_APPROVAL,
  /** On hold: a reply, a pause, a snooze, a promise or a dispute; see the state's hold. */
  ON_HOLD,
  /** A manual step of the cadence (a call, a letter) waits for a person to do it. */
  AWAITING_MANUAL_STEP,
  /** A payment plan runs in place of the cadence; see the state's plan. */
  ON_PLAN,
  /**
   * The cadence ran out (or the customer is handled by hand); a person decides what happens next.
   */
  HANDED_TO_PERSON,
  /** Nothing is owed any more. */
  CLOSED
}
