package app.recoup.ledger.queue;

import app.recoup.workflows.vocabulary.CaseStatus;

/** What the queue is narrowed to; a null field does not filter. */
public record QueueFilter(
    CaseStatus status, AgingBucket bucket, String segment, String customer, String assignee) {

  public static QueueFilter none() {
    return new QueueFilter(null, null, null, null, null);
  }
}
