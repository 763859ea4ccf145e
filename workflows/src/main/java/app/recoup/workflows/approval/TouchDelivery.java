package app.recoup.workflows.approval;

import app.recoup.workflows.cadence.StepMessage;

/**
 * An approved touch to send, exactly as approved.
 *
 * @param channel the step's channel; null (cases recorded before steps carried one) for the
 *     customer's preferred
 */
public record TouchDelivery(
    long caseId,
    String invoiceNumber,
    int step,
    String idempotencyKey,
    String subject,
    String body,
    String approvedBy,
    StepMessage.Channel channel) {}
