package app.recoup.workflows.collection;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.PendingDraft;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.approval.TouchDecision;
import io.temporal.workflow.Workflow;
import java.util.Optional;

/** A drafted touch waiting for a person to approve, edit or skip it. */
final class ApprovalWait {

  private final RunState state;
  private final CaseLedger ledger;
  private PendingDraft pendingDraft;

  /** The key of the pending draft's touch: a policy change while it waits does not re-key it. */
  private String pendingKey;

  private TouchDecision decision;

  ApprovalWait(RunState state, CaseLedger ledger) {
    this.state = state;
    this.ledger = ledger;
  }

  /** The draft waiting for a person, or null. */
  PendingDraft pending() {
    return pendingDraft;
  }

  /**
   * Waits for a person. When the wait times out the approvers get a task and the draft keeps
   * waiting: it is never sent unapproved, and the task means it never stalls unnoticed. A hold
   * withdraws the draft; closing the case drops it.
   */
  Optional<TouchDecision> await(int step, String key, DraftedTouch drafted) {
    pendingDraft = new PendingDraft(step, drafted.subject(), drafted.body(), RunState.now());
    pendingKey = key;
    decision = null;
    state.phase = CaseStage.AWAITING_APPROVAL;
    boolean answered =
        Workflow.await(
            drafted.approvalTimeout(),
            () -> decision != null || state.closed || state.hold != null || state.planMoved());
    if (!answered) {
      ledger.cases.openHumanTask(HumanTaskRequest.approveTouch(state.caseId(), step));
      Workflow.await(
          () -> decision != null || state.closed || state.hold != null || state.planMoved());
    }
    pendingDraft = null;
    state.phase = CaseStage.WAITING;
    if (decision == null && (state.hold != null || state.planMoved()) && !state.closed) {
      return Optional.of(
          new TouchDecision(
              state.caseId(),
              step,
              key,
              TouchDecision.Kind.SKIPPED,
              RunState.SYSTEM,
              null,
              state.hold != null
                  ? "withdrawn, the case is on hold (" + state.hold.describe() + ")"
                  : state.onPlan
                      ? "withdrawn, the payment plan was cancelled"
                      : "withdrawn, a payment plan was agreed"));
    }
    return state.closed ? Optional.empty() : Optional.of(decision);
  }

  void approve(Approval approval) {
    decision =
        new TouchDecision(
            state.caseId(),
            approval.step(),
            pendingKey,
            approval.edited() ? TouchDecision.Kind.EDITED : TouchDecision.Kind.APPROVED,
            approval.by(),
            approval.subject() != null ? approval.subject() : pendingDraft.subject(),
            approval.body() != null ? approval.body() : pendingDraft.body());
  }

  void validateApprove(Approval approval) {
    requireAwaiting(approval.step(), approval.by());
    if (approval.subject() != null && approval.subject().isBlank()) {
      throw new IllegalArgumentException("an edited subject must not be blank");
    }
    if (approval.body() != null && approval.body().isBlank()) {
      throw new IllegalArgumentException("an edited body must not be blank");
    }
  }

  void skip(Skip skip) {
    decision =
        new TouchDecision(
            state.caseId(),
            skip.step(),
            pendingKey,
            TouchDecision.Kind.SKIPPED,
            skip.by(),
            null,
            skip.reason());
  }

  void validateSkip(Skip skip) {
    requireAwaiting(skip.step(), skip.by());
  }

  private void requireAwaiting(int step, String by) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("who decides must be named");
    }
    if (state.closed) {
      throw new IllegalStateException("the case is closed");
    }
    if (state.hold != null) {
      throw new IllegalStateException("the case is on hold (" + state.hold.describe() + ")");
    }
    if (pendingDraft == null || pendingDraft.step() != step || decision != null) {
      throw new IllegalStateException(
          pendingDraft == null || decision != null
              ? "no draft awaits approval"
              : "reminder %d awaits approval, not %d".formatted(pendingDraft.step(), step));
    }
  }
}
