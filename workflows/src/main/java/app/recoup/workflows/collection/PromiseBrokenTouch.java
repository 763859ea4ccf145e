package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.events.Hold;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * A promise lapsed unpaid: the customer hears about it (approved like any touch) before the
 * cadence resumes. With a business calendar it claims its day like any touch (the promise lapses
 * at midnight), so the step the cadence catches up with goes out on another day. It takes the
 * number of the last step done, under a key of its own.
 */
final class PromiseBrokenTouch {

  private static final StepMessage MESSAGE =
      new StepMessage(StepMessage.Channel.PREFERRED, StepMessage.Tone.CUSTOMER, StepMessage.Template.PROMISE_BROKEN, false);

  private final RunState state;
  private final CaseLedger ledger;
  private final TouchSending sending;

  PromiseBrokenTouch(RunState state, CaseLedger ledger, TouchSending sending) {
    this.state = state;
    this.ledger = ledger;
    this.sending = sending;
  }

  void send(Hold promise) {
    String key = Workflow.getInfo().getWorkflowId() + "/promise-" + promise.seq() + "/broken";
    Instant at =
        state.cadence.calendar() == null
            ? RunState.now()
            : ledger.touches.claimTouchDay(
                new DayClaim(state.caseId(), key, RunState.now(), state.cadence.calendar(), state.snapshot.customerZone()));
    Duration untilSlot = Duration.between(RunState.now(), at);
    if (untilSlot.compareTo(Duration.ZERO) > 0 && Workflow.await(untilSlot, () -> state.closed || state.hold != null)) {
      return;
    }
    ledger.cases.recordPlannedTouch(new PlannedTouch(state.caseId(), state.currentStep, 0, at, key));
    sending.draftAndSend(
        new TouchRequest(state.caseId(), state.snapshot.invoiceNumber(), state.currentStep, 0, false, key, MESSAGE));
  }
}
