package app.recoup.workflows.collection;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.PendingDraft;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.PlannedStep;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The collection process: sleep until each touch of the cadence, record it, draft it, wait for a
 * person to approve it (or auto-send where allowed), send it, and stop when nothing is owed; after
 * the last step a person decides. Code changes that alter the sequence of commands are guarded with
 * {@code Workflow.getVersion}: the replay tests over stored histories fail when they are not.
 * Version {@value #APPROVAL_FIRST} 1 added drafting, approval and sending to every touch; cases
 * started before it keep only recording planned touches.
 */
public class CollectionWorkflowImpl implements CollectionWorkflow {

  static final String APPROVAL_FIRST = "approval-first";
  static final String SYSTEM = "recoup";
  /** Quiet hours can end a moment after the instant we were told; never spin on a zero timer. */
  private static final Duration MIN_RETRY_WAIT = Duration.ofMinutes(1);

  private final CaseActivities activities =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  private final TouchActivities touches =
      Workflow.newActivityStub(
          TouchActivities.class,
          ActivityOptions.newBuilder()
              // below the outbox's lease, so an attempt still running is never declared dead
              .setStartToCloseTimeout(Duration.ofSeconds(90))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumInterval(Duration.ofMinutes(10)).build())
              .build());

  private final CaseSnapshot snapshot;
  private BigDecimal balance;
  private LocalDate dueDate;
  private int currentStep;
  private Instant nextTouchAt;
  private CaseStatus phase = CaseStatus.WAITING;
  private boolean closed;
  private boolean scheduleChanged;
  private boolean handledManually;
  private PendingDraft pendingDraft;
  private TouchDecision decision;

  @WorkflowInit
  public CollectionWorkflowImpl(CaseSnapshot snapshot) {
    this.snapshot = snapshot;
    this.balance = snapshot.balance();
    this.dueDate = snapshot.dueDate();
    this.currentStep = snapshot.lastDoneStep();
  }

  @Override
  public void run(CaseSnapshot snapshot) {
    boolean approvalFirst = Workflow.getVersion(APPROVAL_FIRST, Workflow.DEFAULT_VERSION, 1) >= 1;
    while (!closed && !handledManually) {
      Optional<PlannedStep> next =
          snapshot.cadence().next(currentStep, dueDate, snapshot.customerZone(), now());
      if (next.isEmpty()) {
        break;
      }
      if (waitUntilDue(next.get())) {
        recordTouch(next.get());
        if (approvalFirst) {
          runTouch(next.get());
        }
      }
    }
    nextTouchAt = null;
    if (closed) {
      activities.closeCase(new CaseClosure(snapshot.caseId(), "PAID"));
      return;
    }
    phase = CaseStatus.HANDED_TO_PERSON;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, null));
    activities.openHumanTask(
        handledManually
            ? HumanTaskRequest.handleManually(snapshot.caseId())
            : HumanTaskRequest.decideNextStep(snapshot.caseId()));
  }

  /** Returns whether the touch fell due; false when a signal closed the case or moved it. */
  private boolean waitUntilDue(PlannedStep planned) {
    nextTouchAt = planned.at();
    scheduleChanged = false;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, nextTouchAt));
    Duration untilTouch = Duration.between(now(), planned.at());
    if (untilTouch.isNegative() || untilTouch.isZero()) {
      return !closed;
    }
    boolean interrupted = Workflow.await(untilTouch, () -> closed || scheduleChanged);
    return !interrupted;
  }

  private void recordTouch(PlannedStep planned) {
    int step = planned.step().number();
    activities.recordPlannedTouch(
        new PlannedTouch(snapshot.caseId(), step, planned.step().offsetDays(), planned.at(), touchKey(step)));
    currentStep = step;
  }

  /** Draft, decision, send: nothing leaves without an approval (a person's, or the auto-send rule's). */
  private void runTouch(PlannedStep planned) {
    int step = planned.step().number();
    String key = touchKey(step);
    // until it is sent or skipped the touch stays the next one, at its planned instant
    activities.updateProgress(new CaseProgress(snapshot.caseId(), step, planned.at()));
    DraftedTouch drafted =
        touches.draftTouch(
            new TouchRequest(
                snapshot.caseId(),
                snapshot.invoiceNumber(),
                step,
                planned.step().offsetDays(),
                step == snapshot.cadence().lastStepNumber(),
                key));
    switch (drafted.mode()) {
      case MANUAL -> handledManually = true;
      case AUTO_SEND ->
          decide(
              new TouchDecision(
                  snapshot.caseId(), step, key, TouchDecision.Kind.AUTO_APPROVED, SYSTEM,
                  drafted.subject(), drafted.body()));
      case APPROVAL -> awaitDecision(step, drafted).ifPresent(this::decide);
    }
  }

  /**
   * Waits for a person. When the wait times out the approvers get a task and the draft keeps
   * waiting: it is never sent unapproved, and the task means it never stalls unnoticed.
   */
  private Optional<TouchDecision> awaitDecision(int step, DraftedTouch drafted) {
    pendingDraft = new PendingDraft(step, drafted.subject(), drafted.body(), now());
    decision = null;
    phase = CaseStatus.AWAITING_APPROVAL;
    boolean answered = Workflow.await(drafted.approvalTimeout(), () -> decision != null || closed);
    if (!answered) {
      activities.openHumanTask(HumanTaskRequest.approveTouch(snapshot.caseId(), step));
      Workflow.await(() -> decision != null || closed);
    }
    pendingDraft = null;
    phase = CaseStatus.WAITING;
    return closed ? Optional.empty() : Optional.of(decision);
  }

  private void decide(TouchDecision decided) {
    touches.recordDecision(decided);
    if (!decided.sends()) {
      return;
    }
    TouchDelivery delivery =
        new TouchDelivery(
            snapshot.caseId(), snapshot.invoiceNumber(), decided.step(), decided.idempotencyKey(),
            decided.subject(), decided.body(), decided.by());
    SendResult result = touches.sendTouch(delivery);
    while (result.outcome() == SendResult.Outcome.NOT_NOW && !closed) {
      Duration wait = Duration.between(now(), result.retryAt());
      Workflow.await(wait.compareTo(MIN_RETRY_WAIT) < 0 ? MIN_RETRY_WAIT : wait, () -> closed);
      if (!closed) {
        result = touches.sendTouch(delivery);
      }
    }
  }

  @Override
  public void invoiceChanged(InvoiceChange change) {
    balance = change.balance();
    dueDate = change.dueDate();
    if (balance.signum() <= 0) {
      closed = true;
    } else {
      scheduleChanged = true;
    }
  }

  @Override
  public void approve(Approval approval) {
    decision =
        new TouchDecision(
            snapshot.caseId(),
            approval.step(),
            touchKey(approval.step()),
            approval.edited() ? TouchDecision.Kind.EDITED : TouchDecision.Kind.APPROVED,
            approval.by(),
            approval.subject() != null ? approval.subject() : pendingDraft.subject(),
            approval.body() != null ? approval.body() : pendingDraft.body());
  }

  @Override
  public void validateApprove(Approval approval) {
    requireAwaiting(approval.step(), approval.by());
    if (approval.subject() != null && approval.subject().isBlank()) {
      throw new IllegalArgumentException("an edited subject must not be blank");
    }
    if (approval.body() != null && approval.body().isBlank()) {
      throw new IllegalArgumentException("an edited body must not be blank");
    }
  }

  @Override
  public void skip(Skip skip) {
    decision =
        new TouchDecision(
            snapshot.caseId(), skip.step(), touchKey(skip.step()), TouchDecision.Kind.SKIPPED, skip.by(),
            null, skip.reason());
  }

  @Override
  public void validateSkip(Skip skip) {
    requireAwaiting(skip.step(), skip.by());
  }

  private void requireAwaiting(int step, String by) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("who decides must be named");
    }
    if (closed) {
      throw new IllegalStateException("the case is closed");
    }
    if (pendingDraft == null || pendingDraft.step() != step || decision != null) {
      throw new IllegalStateException(
          pendingDraft == null || decision != null
              ? "no draft awaits approval"
              : "reminder %d awaits approval, not %d".formatted(pendingDraft.step(), step));
    }
  }

  @Override
  public CaseState state() {
    return new CaseState(closed ? CaseStatus.CLOSED : phase, currentStep, nextTouchAt, balance, pendingDraft);
  }

  private static String touchKey(int step) {
    return Workflow.getInfo().getWorkflowId() + "/step-" + step;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
