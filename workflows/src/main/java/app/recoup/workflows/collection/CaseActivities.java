package app.recoup.workflows.collection;

import io.temporal.activity.ActivityInterface;

/**
 * The ledger side effects of a case. Every method is idempotent: Temporal retries activities, and a
 * resumed case may repeat the call it was making when it was lost.
 */
@ActivityInterface
public interface CaseActivities {

  /** Records the touch and its timeline event once per idempotency key. */
  void recordPlannedTouch(PlannedTouch touch);

  void updateProgress(CaseProgress progress);

  void closeCase(CaseClosure closure);

  /**
   * Reopens the closed case for its reopening's run, with a timeline note and a task saying why,
   * when its invoice is still owed. Returns whether the case is open for that run (true again when
   * repeated); false when the invoice is no longer owed.
   */
  boolean reopenCase(long caseId, Reopening reopening);

  /** Opens the task unless the case already has an open one of the same kind. */
  void openHumanTask(HumanTaskRequest request);

  /** Appends the note once per key and moves the case to its status (PAUSED/OPEN) if given. */
  void note(CaseNote note);
}
