package app.recoup.ledger.tasks;

import java.time.Instant;

/**
 * A task for a person, with the case it belongs to (if any).
 *
 * @param kind the stored word of its {@code TaskKind}
 * @param status {@code OPEN}, {@code DONE} or {@code CANCELLED}
 */
public record Task(
    long id,
    Long caseId,
    String invoiceNumber,
    String customer,
    String kind,
    String title,
    String assignee,
    Instant dueAt,
    Instant createdAt,
    String status,
    String decision,
    String completedBy,
    Instant completedAt) {

  public boolean overdue(Instant now) {
    return dueAt != null && dueAt.isBefore(now);
  }
}
