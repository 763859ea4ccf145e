package app.recoup.workflows.collection;

import io.temporal.activity.ActivityInterface;

/** The ledger side of a manual cadence step. Each method is idempotent, as the case's others. */
@ActivityInterface
public interface ManualStepActivities {

  /**
   * Opens the step's task (for the step's assignee, else the case's), with its timeline entry,
   * unless the case has the task open already; returns the open task's id.
   */
  long openManualStep(ManualStepTask task);

  /** The step was not done in its time: a task for the case's assignee, and a timeline entry. */
  void escalateManualStep(ManualStepTask task);

  /**
   * The case no longer waits for the step: done by a person (the overdue task, if any, is settled
   * with it) or withdrawn (its tasks are cancelled); the step's touch is settled as not sent.
   */
  void finishManualStep(ManualStepOutcome outcome);
}
