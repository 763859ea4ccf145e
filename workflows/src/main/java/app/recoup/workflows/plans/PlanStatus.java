package app.recoup.workflows.plans;

/** Where a payment plan stands (its {@code payment_plan.status}). */
public enum PlanStatus {
  /** Asked for by the customer in the portal: a person approves or declines it. */
  REQUESTED,
  /** Agreed: the case's cadence is replaced by the plan's reminders. */
  ACTIVE,
  /** Every instalment was paid. */
  KEPT,
  /** An instalment was missed and not made good: the case went back to its cadence. */
  BROKEN,
  /** A person ended it: the case went back to its cadence. */
  CANCELLED,
  /** A person declined the customer's request. */
  DECLINED
}
