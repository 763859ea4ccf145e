package app.recoup.workflows.vocabulary;

/** Where a case stands in the ledger (its {@code collection_case.status}). */
public enum CaseStatus {
  /** Being collected: touches go out as the cadence says. */
  OPEN,
  /** On hold (a reply, a pause, a snooze, a promise or a dispute): nothing goes out. */
  PAUSED,
  /** Nothing is owed any more; see its {@link CloseReason}. */
  CLOSED
}
