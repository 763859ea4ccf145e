package app.recoup.workflows.collection;

import java.time.Instant;

/**
 * @param step the cadence step; 0 for the touch after a broken promise
 * @param idempotencyKey {@code <workflowId>[/policy-<g>]/step-<n>} for a cadence step, {@code
 *     <workflowId>/<firstRunId>/promise-<n>/broken} after a broken promise: the same touch is never
 *     recorded twice
 */
public record PlannedTouch(
    long caseId, int step, int offsetDays, Instant plannedAt, String idempotencyKey) {}
