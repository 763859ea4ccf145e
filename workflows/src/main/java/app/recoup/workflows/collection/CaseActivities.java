package app.recoup.workflows.collection;

import io.temporal.activity.ActivityInterface;

/**
 * The ledger side effects of a case. Every method is idempotent: Temporal retries activities, and
 * a resumed case may repeat the call it was making when it was lost.
 */
@ActivityInterface
public interface CaseActivities {

  /** Records the touch and its timeline event once per idempotency key. */
  void recordPlannedTouch(PlannedTouch touch);

  void updateProgress(CaseProgress progress);

  void closeCase(CaseClosure closure);

  /** Opens the task unless the case already has an open one of the same kind. */
  void openHumanTask(HumanTaskRequest request);

  /** Appends the note once per key and moves the case to its status (PAUSED/OPEN) if given. */
  void note(CaseNote note);
}
