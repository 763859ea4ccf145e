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
 * @param credited credit (credit notes, the customer's credit) applied to the invoice so far
 * @param closeReason why the case closed (PAID, CREDITED, WRITTEN_OFF, CANCELLED); null while open
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
    BigDecimal credited,
    String closeReason,
    List<Entry> timeline,
    PlanView paymentPlan) {

  record Entry(Instant occurredAt, String actor, String type, String details) {}
}
