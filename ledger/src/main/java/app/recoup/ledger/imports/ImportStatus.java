package app.recoup.ledger.imports;

public enum ImportStatus {
  RUNNING,
  /**
   * The application stopped while it ran: its committed batches stay; resume or discard the rest.
   */
  INTERRUPTED,
  COMPLETED,
  FAILED,
  /** Interrupted, and a person chose not to import the rest. */
  DISCARDED
}
