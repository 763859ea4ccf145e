package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;

/**
 * A running case adopts a changed policy from where it stands, measured in days from the due date:
 * the new cadence's steps up to the offset of the last step done count as done.
 */
final class PolicyChange {

  private final RunState state;

  PolicyChange(RunState state) {
    this.state = state;
  }

  void adopt(Cadence changed) {
    int doneUpTo =
        state.cadence.steps().stream()
            .filter(step -> step.number() == state.currentStep)
            .mapToInt(CadenceStep::offsetDays)
            .findFirst()
            .orElse(Integer.MIN_VALUE);
    state.currentStep =
        changed.steps().stream()
            .filter(step -> step.offsetDays() <= doneUpTo)
            .mapToInt(CadenceStep::number)
            .max()
            .orElse(0);
    state.cadence = changed;
    state.policyGeneration++;
    state.scheduleChanged = true;
  }
}
