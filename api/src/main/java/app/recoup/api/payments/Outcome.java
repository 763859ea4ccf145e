package app.recoup.api.payments;

import app.recoup.ledger.payments.NotificationStatus;

/** What processing a notification came to, as stored beside it. */
public record Outcome(NotificationStatus status, String text) {

  public static Outcome processed(String text) {
    return new Outcome(NotificationStatus.PROCESSED, text);
  }

  public static Outcome ignored(String text) {
    return new Outcome(NotificationStatus.IGNORED, text);
  }

  /** Not yet possible (a refund before its payment arrived): left pending for the sweeper. */
  public static Outcome waiting(String text) {
    return new Outcome(NotificationStatus.PENDING, text);
  }
}
