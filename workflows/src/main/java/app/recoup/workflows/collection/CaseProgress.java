package app.recoup.workflows.collection;

import java.time.Instant;

/**
 * @param currentStep the last cadence step recorded
 * @param nextTouchAt null when no touch is planned
 */
public record CaseProgress(long caseId, int currentStep, Instant nextTouchAt) {}
