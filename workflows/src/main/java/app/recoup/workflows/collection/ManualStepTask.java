package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.ManualStep;
import java.time.Instant;

/**
 * A manual step of a case's cadence, as its task is opened.
 *
 * @param key the step's touch key: its timeline entries are keyed by it
 * @param dueAt when the step escalates if not done
 */
public record ManualStepTask(long caseId, int step, String key, ManualStep manual, Instant dueAt) {

  /** "Call the customer (step 3)". */
  public String title() {
    String what =
        switch (manual.action()) {
          case CALL -> "Call the customer";
          case LETTER -> "Send a letter";
          case ESCALATE_TO_ACCOUNT_MANAGER -> "Escalate to the account manager";
        };
    return what + " (step " + step + ")";
  }
}
