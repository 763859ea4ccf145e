package app.recoup.workflows.approval;

/** An approved touch that will not be sent after all, and why (the case went on hold meanwhile). */
public record Withdrawal(long caseId, int step, String idempotencyKey, String reason) {}
