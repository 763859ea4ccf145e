package app.recoup.ledger.messaging;

public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED,
  /**
   * An attempt reached the provider call and never came back (the process died or its
   * acknowledgement failed). It is not delivered again: a person checks and decides.
   */
  UNCONFIRMED,
  /** Not sent: by the time of sending the ledger showed the invoice settled or the case closed. */
  CANCELLED
}
