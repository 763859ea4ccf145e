package app.recoup.ledger.payments;

public enum NotificationStatus {
  /** Stored, not yet (or not yet successfully) applied: the sweeper retries it. */
  PENDING,
  PROCESSED,
  /** Applied as far as possible; the rest waits in the exception queue. */
  EXCEPTION,
  /** Stored for the record only: unverified, malformed, or nothing for Recoup to do. */
  IGNORED
}
