package app.recoup.workflows.plans;

import io.temporal.activity.ActivityInterface;

/** The ledger side of a running payment plan; idempotent like every activity of a case. */
@ActivityInterface
public interface PlanActivities {

  /** Stores the plan's status and paid instalments (a repeat changes nothing). */
  void recordPlanProgress(PlanProgress progress);
}
