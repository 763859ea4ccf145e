package app.recoup.workflows.vocabulary;

/** Why a case is on hold, touching nobody until it ends. */
public enum HoldReason {
  /** The customer wrote back: a person reads it first. */
  REPLY,
  /** A person paused the case. */
  PAUSE,
  /** A person put the case off until a date. */
  SNOOZE,
  /** The customer promised to pay by a date. */
  PROMISE,
  /** The customer disputes the invoice. */
  DISPUTE
}
