package app.recoup.workflows.collection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the ledger's manual steps: every step's task gets the id 100 + its step. */
class RecordingManualStepActivities implements ManualStepActivities {

  final List<ManualStepTask> opened = new CopyOnWriteArrayList<>();
  final List<ManualStepTask> escalated = new CopyOnWriteArrayList<>();
  final List<ManualStepOutcome> finished = new CopyOnWriteArrayList<>();

  static long taskId(int step) {
    return 100 + step;
  }

  @Override
  public long openManualStep(ManualStepTask task) {
    opened.add(task);
    return taskId(task.step());
  }

  @Override
  public void escalateManualStep(ManualStepTask task) {
    escalated.add(task);
  }

  @Override
  public void finishManualStep(ManualStepOutcome outcome) {
    finished.add(outcome);
  }
}
