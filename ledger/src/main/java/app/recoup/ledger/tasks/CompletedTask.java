package app.recoup.ledger.tasks;

/** What a completion changed: the task, its case (if any), and the decision taken. */
public record CompletedTask(long id, Long caseId, String kind, String title, String decision) {}
