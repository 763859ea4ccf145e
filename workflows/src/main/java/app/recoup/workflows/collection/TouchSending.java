package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.approval.Withdrawal;
import app.recoup.workflows.cadence.StepMessage;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Draft, decision, send: nothing leaves without an approval (a person's, or the auto-send rule's).
 */
final class TouchSending {

  /** Quiet hours can end a moment after the instant we were told; never spin on a zero timer. */
  static final Duration MIN_RETRY_WAIT = Duration.ofMinutes(1);

  private final RunState state;
  private final CaseLedger ledger;
  private final ApprovalWait approvals;
  private final CombinedTouches combined;

  TouchSending(
      RunState state, CaseLedger ledger, ApprovalWait approvals, CombinedTouches combined) {
    this.state = state;
    this.ledger = ledger;
    this.approvals = approvals;
    this.combined = combined;
  }

  void draftAndSend(TouchRequest request) {
    if (combined.apply()) {
      combined.handOver(request);
      return;
    }
    DraftedTouch drafted = ledger.touches.draftTouch(request);
    StepMessage.Channel channel = request.message() == null ? null : request.message().channel();
    switch (drafted.mode()) {
      case MANUAL -> state.handledManually = true;
      case AUTO_SEND ->
          decide(
              new TouchDecision(
                  state.caseId(),
                  request.step(),
                  request.idempotencyKey(),
                  TouchDecision.Kind.AUTO_APPROVED,
                  RunState.SYSTEM,
                  drafted.subject(),
                  drafted.body()),
              channel);
      case APPROVAL ->
          approvals
              .await(request.step(), request.idempotencyKey(), drafted)
              .ifPresent(decided -> decide(decided, channel));
    }
  }

  /**
   * Records the decision and sends what it approves, waiting out the channel's quiet hours. A hold
   * arriving during that wait (a reply, a promise, a dispute, a pause) withdraws the touch, as it
   * withdraws a draft; paid, resolved or written off, the case closes and nothing is sent.
   */
  private void decide(TouchDecision decided, StepMessage.Channel channel) {
    ledger.touches.recordDecision(decided);
    if (!decided.sends()) {
      return;
    }
    TouchDelivery delivery =
        new TouchDelivery(
            state.caseId(),
            state.snapshot.invoiceNumber(),
            decided.step(),
            decided.idempotencyKey(),
            decided.subject(),
            decided.body(),
            decided.by(),
            channel);
    TouchActivities sender = ledger.sender();
    SendResult result = sender.sendTouch(delivery);
    boolean holdsStop =
        result.outcome() == SendResult.Outcome.NOT_NOW
            && Versions.adopted(Versions.WINDOW_WAIT_HOLDS);
    while (result.outcome() == SendResult.Outcome.NOT_NOW && !state.closed) {
      Duration wait = Duration.between(RunState.now(), result.retryAt());
      Workflow.await(
          wait.compareTo(MIN_RETRY_WAIT) < 0 ? MIN_RETRY_WAIT : wait,
          () -> state.closed || holdsStop && state.hold != null);
      if (state.closed) {
        return;
      }
      if (holdsStop && state.hold != null) {
        ledger.touches.withdrawTouch(
            new Withdrawal(
                state.caseId(),
                decided.step(),
                decided.idempotencyKey(),
                "withdrawn, the case is on hold (" + state.hold.describe() + ")"));
        return;
      }
      result = sender.sendTouch(delivery);
    }
  }
}
