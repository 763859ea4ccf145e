package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.events.Hold;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * A promise lapsed unpaid: the customer hears about it (approved like any touch) before the cadence
 * resumes. With a business calendar it claims its day like any touch (the promise lapses at
 * midnight), so the step the cadence catches up with goes out on another day.
 */
final class PromiseBrokenTouch {

  /**
   * Its number: no cadence step's, so a restart that looks for an unsettled touch of the last step
   * done never takes it for that step's and drafts the step again.
   */
  static final int STEP = 0;

  private static final StepMessage MESSAGE =
      new StepMessage(
          StepMessage.Channel.PREFERRED,
          StepMessage.Tone.CUSTOMER,
          StepMessage.Template.PROMISE_BROKEN,
          false);

  private final RunState state;
  private final CaseLedger ledger;
  private final TouchSending sending;

  PromiseBrokenTouch(RunState state, CaseLedger ledger, TouchSending sending) {
    this.state = state;
    this.ledger = ledger;
    this.sending = sending;
  }

  void send(Hold promise) {
    boolean ownKey = Versions.adopted(Versions.PROMISE_BROKEN_OWN_KEY);
    // hold numbers start again when a case is restarted: the chain of runs tells its promises apart
    String key =
        ownKey
            ? RunState.chainKey("promise-" + promise.seq() + "/broken")
            : Workflow.getInfo().getWorkflowId() + "/promise-" + promise.seq() + "/broken";
    Instant at =
        state.cadence.calendar() == null
            ? RunState.now()
            : ledger.touches.claimTouchDay(
                new DayClaim(
                    state.caseId(),
                    key,
                    RunState.now(),
                    state.cadence.calendar(),
                    state.snapshot.customerZone()));
    Duration untilSlot = Duration.between(RunState.now(), at);
    if (untilSlot.compareTo(Duration.ZERO) > 0
        && Workflow.await(untilSlot, () -> state.closed || state.hold != null)) {
      return;
    }
    int step = ownKey ? STEP : state.currentStep();
    ledger.cases.recordPlannedTouch(new PlannedTouch(state.caseId(), step, 0, at, key));
    sending.draftAndSend(
        new TouchRequest(
            state.caseId(), state.snapshot.invoiceNumber(), step, 0, false, key, MESSAGE));
  }
}
