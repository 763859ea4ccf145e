package app.recoup.ledger.plans;

import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PlanStatus;
import java.time.Instant;
import java.util.List;

/**
 * A plan to store: {@link PlanStatus#ACTIVE} when a collector proposed it (agreed by them), {@link
 * PlanStatus#REQUESTED} when the customer asked for it in the portal.
 *
 * @param agreedBy who agreed it, null while it is only requested
 */
public record NewPlan(
    long caseId,
    PlanStatus status,
    String currency,
    String note,
    String proposedBy,
    String agreedBy,
    List<Instalment> instalments,
    PlanTerms terms,
    Instant at) {}
