package app.recoup.workflows.collection;

import app.recoup.workflows.approval.PendingDraft;
import app.recoup.workflows.events.Hold;
import app.recoup.workflows.plans.PaymentPlan;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The case as its workflow sees it.
 *
 * @param currentStep the last cadence step recorded (0 = none yet)
 * @param nextTouchAt null when no touch is planned
 * @param pendingDraft the draft waiting for a person, or null
 * @param hold why the case is on hold, or null
 * @param openDispute the id of the dispute to resolve, or null
 * @param awaitingNextStep whether the case waits for a person to decide the next step
 * @param plan the payment plan running in place of the cadence, or null
 */
public record CaseState(
    CaseStage status,
    int currentStep,
    Instant nextTouchAt,
    BigDecimal balance,
    PendingDraft pendingDraft,
    Hold hold,
    String openDispute,
    boolean awaitingNextStep,
    PaymentPlan plan) {}
