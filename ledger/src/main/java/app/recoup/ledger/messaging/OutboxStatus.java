package app.recoup.ledger.messaging;

public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED,
  /**
   * An attempt reached the provider call and never came back (the process died or its
   * acknowledgement failed). It is not delivered again: a person checks and decides.
   */
  UNCONFIRMED
}
