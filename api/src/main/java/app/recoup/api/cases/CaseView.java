package app.recoup.api.cases;

import app.recoup.api.plans.PlanView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A case as {@code GET /api/cases/{invoiceNumber}} shows it.
 *
 * @param daysOverdue on the customer's calendar; 0 until the due date has passed
 * @param currentStep the last cadence step recorded (0 = none yet)
 * @param timeline oldest first
 * @param paymentPlan the case's latest plan (running, waiting for approval or ended), or null
 */
record CaseView(
    String invoiceNumber,
    String status,
    BigDecimal balance,
    String currency,
    long daysOverdue,
    Instant nextTouchAt,
    int currentStep,
    List<Entry> timeline,
    PlanView paymentPlan) {

  record Entry(Instant occurredAt, String actor, String type, String details) {}
}
