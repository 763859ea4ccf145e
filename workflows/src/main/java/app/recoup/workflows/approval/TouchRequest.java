package app.recoup.workflows.approval;

import app.recoup.workflows.cadence.StepMessage;

/**
 * A touch to draft.
 *
 * @param finalStep the cadence's last step: drafted as a final notice
 * @param message the step's channel, tone, template and approval rule; null (cases recorded before
 *     steps carried one) drafts the customer's way
 */
public record TouchRequest(
    long caseId,
    String invoiceNumber,
    int step,
    int offsetDays,
    boolean finalStep,
    String idempotencyKey,
    StepMessage message) {}
