package app.recoup.ledger.plans;

import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment plan as the ledger keeps it.
 *
 * @param instalmentsPaid how many instalments, in order, payments have covered
 * @param missedInstalment the instalment missed and not yet made good, or null
 */
public record StoredPlan(
    long id,
    long caseId,
    PlanStatus status,
    String currency,
    BigDecimal total,
    String note,
    String proposedBy,
    String agreedBy,
    int instalmentsPaid,
    Integer missedInstalment,
    PlanTerms terms,
    Instant createdAt,
    Instant agreedAt,
    Instant endedAt,
    List<Instalment> instalments) {

  /** The plan as its case's workflow runs it, agreed by {@code by}. */
  public PaymentPlan agreedBy(String by) {
    return asRun(by, false);
  }

  /** The running plan for the case started again after its workflow was lost. */
  public PaymentPlan restored() {
    return asRun(agreedBy, true);
  }

  private PaymentPlan asRun(String by, boolean restored) {
    return new PaymentPlan(
        id,
        by,
        instalments,
        note,
        terms.reminderDaysBefore(),
        terms.graceDays(),
        terms.makeGoodDays(),
        restored);
  }
}
