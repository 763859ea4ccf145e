package app.recoup.workflows.collection;

import app.recoup.workflows.approval.PendingDraft;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The case as its workflow sees it.
 *
 * @param currentStep the last cadence step recorded (0 = none yet)
 * @param nextTouchAt null when no touch is planned
 * @param pendingDraft the draft waiting for a person, or null
 */
public record CaseState(
    CaseStatus status, int currentStep, Instant nextTouchAt, BigDecimal balance, PendingDraft pendingDraft) {}
