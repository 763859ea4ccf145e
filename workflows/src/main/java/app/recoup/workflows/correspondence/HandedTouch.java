package app.recoup.workflows.correspondence;

import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.StepMessage;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A case's due touch, handed to its customer's correspondence to go out in a combined message.
 *
 * @param caseWorkflowId the case's workflow, told once what became of the touch
 * @param idempotencyKey the touch's key: handing it over again changes nothing
 * @param message the step's channel, tone, template and approval rule; null drafts the customer's
 *     way
 * @param handedAt when the case handed it over: the sibling window opens then
 * @param calendar the customer's business calendar; null for none
 */
public record HandedTouch(
    long customerId,
    long caseId,
    String caseWorkflowId,
    String invoiceNumber,
    int step,
    int offsetDays,
    boolean finalStep,
    String idempotencyKey,
    StepMessage message,
    Combining combining,
    ZoneId zone,
    BusinessCalendar calendar,
    Instant handedAt) {}
