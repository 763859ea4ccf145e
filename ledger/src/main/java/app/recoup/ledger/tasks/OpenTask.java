package app.recoup.ledger.tasks;

import java.time.Instant;

/** A task waiting for a person, with the case it belongs to (if any). */
public record OpenTask(
    long id,
    Long caseId,
    String invoiceNumber,
    String customer,
    String kind,
    String title,
    String assignee,
    Instant dueAt,
    Instant createdAt) {

  public boolean overdue(Instant now) {
    return dueAt != null && dueAt.isBefore(now);
  }
}
