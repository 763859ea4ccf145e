package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.PlannedStep;

/**
 * The next touch of the cadence, with what it takes from the policy in force when it was planned: a
 * policy change while it claims its day or is recorded does not re-key or renumber it.
 *
 * @param key the touch's idempotency key
 * @param finalStep whether it is the cadence's last step (drafted as a final notice)
 */
record DueTouch(PlannedStep planned, String key, boolean finalStep) {

  int step() {
    return planned.step().number();
  }
}
