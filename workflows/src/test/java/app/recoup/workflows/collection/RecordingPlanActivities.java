package app.recoup.workflows.collection;

import app.recoup.workflows.plans.PlanActivities;
import app.recoup.workflows.plans.PlanProgress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the ledger's payment plans: remembers what each plan reached. */
class RecordingPlanActivities implements PlanActivities {

  final List<PlanProgress> progress = new CopyOnWriteArrayList<>();

  @Override
  public void recordPlanProgress(PlanProgress reached) {
    progress.add(reached);
  }

  PlanProgress last() {
    return progress.get(progress.size() - 1);
  }
}
