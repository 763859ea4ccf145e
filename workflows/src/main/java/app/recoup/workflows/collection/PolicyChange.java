package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.Cadence;

/**
 * A running case adopts a changed policy from where it stands, measured in days from the due date
 * ({@link RunState#doneUpTo}): the new cadence's steps up to the offset of the last step done count
 * as done. Its touches get keys of their own (the policy generation is part of them).
 */
final class PolicyChange {

  private final RunState state;

  PolicyChange(RunState state) {
    this.state = state;
  }

  void adopt(Cadence changed) {
    state.cadence = changed;
    state.policyGeneration++;
    state.scheduleChanged = true;
  }
}
