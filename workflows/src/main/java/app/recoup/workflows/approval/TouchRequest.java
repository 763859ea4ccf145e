package app.recoup.workflows.approval;

/**
 * A touch to draft.
 *
 * @param finalStep the cadence's last step: drafted as a final notice
 */
public record TouchRequest(
    long caseId, String invoiceNumber, int step, int offsetDays, boolean finalStep, String idempotencyKey) {}
