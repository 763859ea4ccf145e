package app.recoup.workflows.collection;

import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.correspondence.Correspondence;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import app.recoup.workflows.correspondence.ExternalSignals;
import app.recoup.workflows.correspondence.HandedTouch;
import app.recoup.workflows.correspondence.TouchOutcome;
import app.recoup.workflows.correspondence.TouchRecall;
import io.temporal.workflow.Workflow;

/**
 * A due touch of a case whose policy combines per customer: handed to the customer's
 * correspondence, which drafts, gets approved and sends one message for all the customer's touches
 * due together, and tells this case once what became of its touch. Paid, closed or on hold before
 * that, the case asks for its touch back.
 */
final class CombinedTouches {

  private final RunState state;
  private final CaseLedger ledger;
  private String handedKey;
  private TouchOutcome outcome;

  CombinedTouches(RunState state, CaseLedger ledger) {
    this.state = state;
    this.ledger = ledger;
  }

  /** Whether the case's touches go to its customer's correspondence. */
  boolean apply() {
    Correspondence correspondence = state.snapshot.correspondence();
    return correspondence != null
        && correspondence.perCustomer()
        && Versions.adopted(Versions.COMBINED_REMINDERS);
  }

  void handOver(TouchRequest request) {
    Correspondence correspondence = state.snapshot.correspondence();
    handedKey = request.idempotencyKey();
    outcome = null;
    ledger.handOver.handOver(
        new HandedTouch(
            correspondence.customerId(),
            state.caseId(),
            Workflow.getInfo().getWorkflowId(),
            request.invoiceNumber(),
            request.step(),
            request.offsetDays(),
            request.finalStep(),
            request.idempotencyKey(),
            request.message(),
            correspondence.combining(),
            state.snapshot.customerZone(),
            state.cadence.calendar(),
            RunState.now()));
    Workflow.await(() -> outcome != null || left());
    if (outcome == null && !recall(correspondence.customerId())) {
      return;
    }
    switch (outcome.kind()) {
      case MANUAL -> state.handledManually = true;
      case DROPPED ->
          ledger.touches.recordDecision(
              new TouchDecision(
                  state.caseId(),
                  request.step(),
                  request.idempotencyKey(),
                  TouchDecision.Kind.SKIPPED,
                  RunState.SYSTEM,
                  null,
                  outcome.detail()));
      case SENT, SKIPPED, NOT_SENT -> {
        // the correspondence recorded the decision and the delivery on this case's touch
      }
    }
  }

  private boolean left() {
    return state.closed || state.hold != null || state.planMoved();
  }

  /**
   * Asks for the touch back and, unless the case closed, waits for the answer: dropped, or what
   * became of the message when it was decided already. Returns whether there is an answer.
   */
  private boolean recall(long customerId) {
    String reason =
        state.closed
            ? "withdrawn, the case closed"
            : state.hold != null
                ? "withdrawn, the case is on hold (" + state.hold.describe() + ")"
                : "withdrawn, a payment plan was agreed";
    boolean running =
        ExternalSignals.sendIfRunning(
            () ->
                Workflow.newExternalWorkflowStub(
                        CorrespondenceWorkflow.class, CorrespondenceWorkflow.workflowId(customerId))
                    .recall(new TouchRecall(handedKey, reason)));
    // an ended correspondence answered already, or never took the touch
    if (!running && outcome == null) {
      outcome = new TouchOutcome(handedKey, TouchOutcome.Kind.DROPPED, reason);
    }
    if (state.closed) {
      return false;
    }
    Workflow.await(() -> outcome != null || state.closed);
    return outcome != null;
  }

  /** The correspondence's answer; a repeat, or an answer about another touch, changes nothing. */
  void settled(TouchOutcome told) {
    if (outcome == null && told.idempotencyKey().equals(handedKey)) {
      outcome = told;
    }
  }
}
