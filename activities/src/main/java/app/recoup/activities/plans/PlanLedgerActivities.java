package app.recoup.activities.plans;

import app.recoup.ledger.plans.PaymentPlans;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.plans.PlanActivities;
import app.recoup.workflows.plans.PlanProgress;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Keeps the ledger's payment plan in step with its case's workflow. */
@Component
@ActivityImpl(taskQueues = CollectionWorkflow.TASK_QUEUE)
class PlanLedgerActivities implements PlanActivities {

  private final PaymentPlans plans;
  private final Clock clock;

  PlanLedgerActivities(PaymentPlans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void recordPlanProgress(PlanProgress progress) {
    plans.recordProgress(progress, clock.instant());
  }
}
