package app.recoup.workflows.collection;

import java.time.Instant;

/**
 * @param idempotencyKey {@code <workflowId>/step-<n>}: the same touch is never recorded twice
 */
public record PlannedTouch(long caseId, int step, int offsetDays, Instant plannedAt, String idempotencyKey) {}
