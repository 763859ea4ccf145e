package app.recoup.workflows.collection;

public enum CaseStatus {
  /** Sleeping until the next touch. */
  WAITING,
  /** The cadence ran out; a person decides what happens next. */
  HANDED_TO_PERSON,
  /** Nothing is owed any more. */
  CLOSED
}
