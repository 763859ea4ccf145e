package app.recoup.workflows.approval;

/** An approved touch to send, exactly as approved. */
public record TouchDelivery(
    long caseId, String invoiceNumber, int step, String idempotencyKey, String subject, String body, String approvedBy) {}
