package app.recoup.workflows.collection;

import io.temporal.workflow.Workflow;

/**
 * What a case takes from one run into the next when it continues as new before its history grows
 * large, and what a run takes over from the run before it.
 */
final class CarryOver {

  private CarryOver() {}

  static RunState resume(CaseSnapshot snapshot) {
    RunState state = new RunState(snapshot);
    Continuation continued = snapshot.continued();
    state.policyGeneration = continued.policyGeneration();
    state.holdCount = continued.holdCount();
    state.disputesSeen.addAll(continued.disputesSeen());
    state.eventsTaken.addAll(continued.eventsTaken());
    if (continued.doneUpToOffset() != null) {
      state.doneUpTo = continued.doneUpToOffset();
    }
    state.hold = continued.hold();
    state.carriedHold = continued.hold();
    state.openDispute = continued.openDispute();
    state.plan = continued.plan();
    return state;
  }

  static boolean due(RunState state) {
    return Workflow.getInfo().getHistoryLength() > state.snapshot.continued().historyLimit();
  }

  /**
   * Starts the case afresh with a short history, never while a draft waits: from its position,
   * balance, due date, cadence and hold (with its dispute); the keys it has used so far are carried
   * along.
   */
  static void continueAsNew(RunState state) {
    CaseSnapshot snapshot = state.snapshot;
    Workflow.continueAsNew(
        new CaseSnapshot(
            snapshot.caseId(),
            snapshot.invoiceNumber(),
            snapshot.currency(),
            state.balance,
            state.dueDate,
            snapshot.customerZone(),
            state.cadence,
            state.currentStep(),
            new Continuation(
                snapshot.continued().historyLimit(),
                state.policyGeneration,
                state.holdCount,
                state.disputesSeen,
                state.doneUpTo,
                state.hold,
                state.openDispute,
                state.eventsTaken),
            snapshot.timed(),
            snapshot.reopening(),
            snapshot.correspondence()));
  }
}
