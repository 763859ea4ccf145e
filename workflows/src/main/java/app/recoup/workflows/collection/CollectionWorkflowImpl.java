package app.recoup.workflows.collection;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DayClaim;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.FeeRequest;
import app.recoup.workflows.approval.PendingDraft;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.approval.TouchActivities;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchDelivery;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import app.recoup.workflows.cadence.PlannedStep;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Hold;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Snooze;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The collection process: sleep until each touch of the cadence, record it, draft it, wait for a
 * person to approve it (or auto-send where allowed), send it, and stop when nothing is owed; after
 * the last step a person decides. Code changes that alter the sequence of commands are guarded with
 * {@code Workflow.getVersion}: the replay tests over stored histories fail when they are not.
 * Version {@value #APPROVAL_FIRST} 1 added drafting, approval and sending to every touch; cases
 * started before it keep only recording planned touches.
 *
 * <p>Holds (a reply, a pause, a snooze, a promise, a dispute) stop the cadence where it stands: a
 * draft waiting for approval is withdrawn, and when the hold ends the cadence continues from its
 * current step, catching up on what fell due meanwhile with one touch, not all of them. They only
 * add commands when their signals and updates arrive, so histories without them replay unchanged.
 */
public class CollectionWorkflowImpl implements CollectionWorkflow {

  static final String APPROVAL_FIRST = "approval-first";
  static final String ESCALATION_WAIT = "escalation-wait";
  static final String ONE_TOUCH_A_DAY = "one-touch-a-day";
  static final String STEP_MESSAGE = "step-message";
  static final String PROMISE_BROKEN_TOUCH = "promise-broken-touch";
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
  private Cadence cadence;
  private int policyGeneration;
  private BigDecimal balance;
  private LocalDate dueDate;
  private int currentStep;
  private Instant nextTouchAt;
  private CaseStatus phase = CaseStatus.WAITING;
  private boolean closed;
  private boolean scheduleChanged;
  private boolean handledManually;
  private PendingDraft pendingDraft;
  /** The key of the pending draft's touch: a policy change while it waits does not re-key it. */
  private String pendingKey;
  private TouchDecision decision;
  private Hold hold;
  private int holdCount;
  private Resume resumedBy;
  private String openDispute;
  private final Set<String> disputesSeen = new HashSet<>();
  private String closeReason = "PAID";
  private String closedBy = SYSTEM;
  private boolean awaitingNextStep;
  private NextStep nextStep;

  @WorkflowInit
  public CollectionWorkflowImpl(CaseSnapshot snapshot) {
    this.snapshot = snapshot;
    this.cadence = snapshot.cadence();
    Continuation continued = snapshot.continued();
    this.policyGeneration = continued.policyGeneration();
    this.holdCount = continued.holdCount();
    this.disputesSeen.addAll(continued.disputesSeen());
    this.balance = snapshot.balance();
    this.dueDate = snapshot.dueDate();
    this.currentStep = snapshot.lastDoneStep();
  }

  @Override
  public void run(CaseSnapshot snapshot) {
    boolean approvalFirst = Workflow.getVersion(APPROVAL_FIRST, Workflow.DEFAULT_VERSION, 1) >= 1;
    while (!closed && !handledManually) {
      if (hold != null) {
        waitOutHold();
        continue;
      }
      if (Workflow.getInfo().getHistoryLength() > snapshot.continued().historyLimit()) {
        continueAsNew();
      }
      Optional<PlannedStep> next =
          cadence.next(currentStep, dueDate, snapshot.customerZone(), now());
      if (next.isEmpty()) {
        break;
      }
      if (waitUntilDue(next.get()) && (!approvalFirst || waitForFreeDay(next.get()))) {
        recordTouch(next.get());
        if (approvalFirst) {
          runTouch(next.get());
        }
      }
    }
    nextTouchAt = null;
    boolean escalationWait =
        !closed && !handledManually
            && Workflow.getVersion(ESCALATION_WAIT, Workflow.DEFAULT_VERSION, 1) >= 1;
    if (escalationWait) {
      waitBeforeEscalating();
    }
    if (closed) {
      close();
      return;
    }
    phase = CaseStatus.HANDED_TO_PERSON;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, null));
    activities.openHumanTask(
        handledManually
            ? HumanTaskRequest.handleManually(snapshot.caseId())
            : HumanTaskRequest.decideNextStep(snapshot.caseId()));
    if (escalationWait) {
      awaitNextStep();
    }
  }

  /**
   * Starts the case afresh with a short history, between touches (no draft pending, no hold), from
   * its current step, balance, due date and cadence; the keys it has used so far are carried along.
   */
  private void continueAsNew() {
    Workflow.continueAsNew(
        new CaseSnapshot(
            snapshot.caseId(), snapshot.invoiceNumber(), snapshot.currency(), balance, dueDate,
            snapshot.customerZone(), cadence, currentStep,
            new Continuation(snapshot.continued().historyLimit(), policyGeneration, holdCount, disputesSeen),
            snapshot.timed()));
  }

  /** The final touch had its chance: holds (a promise, a dispute) are waited out first. */
  private void waitBeforeEscalating() {
    while (!closed) {
      if (hold != null) {
        waitOutHold();
        continue;
      }
      if (!Workflow.await(snapshot.timed().escalateAfter(), () -> closed || hold != null)) {
        return;
      }
    }
  }

  /** Waits for the person's decision; a write-off closes, anything else waits for the money. */
  private void awaitNextStep() {
    awaitingNextStep = true;
    Workflow.await(() -> closed || nextStep != null);
    awaitingNextStep = false;
    if (nextStep != null) {
      String note = nextStep.note() == null || nextStep.note().isBlank() ? "" : ": " + nextStep.note();
      activities.note(
          new CaseNote(snapshot.caseId(), nextStep.by(), "NEXT_STEP_DECIDED",
              nextStep.choice().name().toLowerCase().replace('_', ' ') + note, null,
              noteKey("next-step"), HumanTaskRequest.DECIDE_NEXT_STEP));
      if (nextStep.choice() == NextStep.Choice.WRITE_OFF) {
        closeBy("WRITTEN_OFF", new Closing(nextStep.by(), nextStep.note()));
      }
      Workflow.await(() -> closed);
    }
    if (closed) {
      close();
    }
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
    boolean interrupted = Workflow.await(untilTouch, () -> closed || scheduleChanged || hold != null);
    return !interrupted;
  }

  /**
   * With a business calendar, the touch claims a day its customer is not touched on by another
   * case, and waits for that day if it had to move. Returns false when a signal interrupted the wait.
   */
  private boolean waitForFreeDay(PlannedStep planned) {
    if (cadence.calendar() == null || Workflow.getVersion(ONE_TOUCH_A_DAY, Workflow.DEFAULT_VERSION, 1) < 1) {
      return true;
    }
    Instant slot =
        touches.claimTouchDay(
            new DayClaim(snapshot.caseId(), touchKey(planned.step().number()), now(), cadence.calendar(),
                snapshot.customerZone()));
    Duration untilSlot = Duration.between(now(), slot);
    if (untilSlot.compareTo(MIN_RETRY_WAIT) < 0) {
      return true;
    }
    nextTouchAt = slot;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, slot));
    return !Workflow.await(untilSlot, () -> closed || scheduleChanged || hold != null);
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
    if (planned.step().lateFee() != null) {
      touches.postLateFee(
          new FeeRequest(snapshot.caseId(), snapshot.invoiceNumber(), step, key, planned.step().lateFee()));
    }
    StepMessage message =
        Workflow.getVersion(STEP_MESSAGE, Workflow.DEFAULT_VERSION, 1) >= 1 ? planned.step().messageOrDefault() : null;
    draftAndSend(
        new TouchRequest(
            snapshot.caseId(), snapshot.invoiceNumber(), step, planned.step().offsetDays(),
            step == cadence.lastStepNumber(), key, message));
  }

  private void draftAndSend(TouchRequest request) {
    DraftedTouch drafted = touches.draftTouch(request);
    StepMessage.Channel channel = request.message() == null ? null : request.message().channel();
    switch (drafted.mode()) {
      case MANUAL -> handledManually = true;
      case AUTO_SEND ->
          decide(
              new TouchDecision(
                  snapshot.caseId(), request.step(), request.idempotencyKey(), TouchDecision.Kind.AUTO_APPROVED,
                  SYSTEM, drafted.subject(), drafted.body()),
              channel);
      case APPROVAL ->
          awaitDecision(request.step(), request.idempotencyKey(), drafted).ifPresent(decided -> decide(decided, channel));
    }
  }

  /**
   * A promise lapsed unpaid: the customer hears about it (approved like any touch) before the
   * cadence resumes. With a business calendar it claims its day like any touch (the promise lapses
   * at midnight), so the step the cadence catches up with goes out on another day. It takes the
   * number of the last step done, under a key of its own.
   */
  private void promiseBrokenTouch(Hold promise) {
    String key = Workflow.getInfo().getWorkflowId() + "/promise-" + promise.seq() + "/broken";
    Instant at =
        cadence.calendar() == null
            ? now()
            : touches.claimTouchDay(new DayClaim(snapshot.caseId(), key, now(), cadence.calendar(), snapshot.customerZone()));
    Duration untilSlot = Duration.between(now(), at);
    if (untilSlot.compareTo(Duration.ZERO) > 0 && Workflow.await(untilSlot, () -> closed || hold != null)) {
      return;
    }
    activities.recordPlannedTouch(new PlannedTouch(snapshot.caseId(), currentStep, 0, at, key));
    StepMessage message =
        new StepMessage(StepMessage.Channel.PREFERRED, StepMessage.Tone.CUSTOMER, StepMessage.Template.PROMISE_BROKEN, false);
    draftAndSend(new TouchRequest(snapshot.caseId(), snapshot.invoiceNumber(), currentStep, 0, false, key, message));
  }

  /**
   * Waits for a person. When the wait times out the approvers get a task and the draft keeps
   * waiting: it is never sent unapproved, and the task means it never stalls unnoticed.
   */
  private Optional<TouchDecision> awaitDecision(int step, String key, DraftedTouch drafted) {
    pendingDraft = new PendingDraft(step, drafted.subject(), drafted.body(), now());
    pendingKey = key;
    decision = null;
    phase = CaseStatus.AWAITING_APPROVAL;
    boolean answered =
        Workflow.await(drafted.approvalTimeout(), () -> decision != null || closed || hold != null);
    if (!answered) {
      activities.openHumanTask(HumanTaskRequest.approveTouch(snapshot.caseId(), step));
      Workflow.await(() -> decision != null || closed || hold != null);
    }
    pendingDraft = null;
    phase = CaseStatus.WAITING;
    if (decision == null && hold != null && !closed) {
      return Optional.of(
          new TouchDecision(
              snapshot.caseId(), step, key, TouchDecision.Kind.SKIPPED, SYSTEM, null,
              "withdrawn, the case is on hold (" + hold.describe() + ")"));
    }
    return closed ? Optional.empty() : Optional.of(decision);
  }

  private void decide(TouchDecision decided, StepMessage.Channel channel) {
    touches.recordDecision(decided);
    if (!decided.sends()) {
      return;
    }
    TouchDelivery delivery =
        new TouchDelivery(
            snapshot.caseId(), snapshot.invoiceNumber(), decided.step(), decided.idempotencyKey(),
            decided.subject(), decided.body(), decided.by(), channel);
    SendResult result = touches.sendTouch(delivery);
    while (result.outcome() == SendResult.Outcome.NOT_NOW && !closed) {
      Duration wait = Duration.between(now(), result.retryAt());
      Workflow.await(wait.compareTo(MIN_RETRY_WAIT) < 0 ? MIN_RETRY_WAIT : wait, () -> closed);
      if (!closed) {
        result = touches.sendTouch(delivery);
      }
    }
  }

  private void close() {
    if (hold != null && hold.kind() == Hold.Kind.PROMISE && "PAID".equals(closeReason)) {
      note(SYSTEM, "PROMISE_KEPT", "Paid as promised", null, "promise-" + hold.seq() + "/kept");
    }
    if (balance.signum() < 0) {
      activities.openHumanTask(HumanTaskRequest.overpaid(snapshot.caseId()));
    }
    if (!SYSTEM.equals(closedBy)) {
      note(closedBy, "CASE_" + closeReason, closeReason.toLowerCase().replace('_', ' '), null, "closed-by");
    }
    activities.closeCase(new CaseClosure(snapshot.caseId(), closeReason));
  }

  /**
   * Waits while the case is on hold. A hold with an end (snooze, promise) ends by itself; one
   * without (reply, pause, dispute) becomes a task after the hold review period and then waits
   * for the person. A hold replaced by another (a promise made while paused) is waited out anew.
   */
  private void waitOutHold() {
    Hold current = hold;
    phase = CaseStatus.ON_HOLD;
    note(current.by(), "CASE_ON_HOLD", "On hold: " + current.describe(), "PAUSED", "hold-" + current.seq());
    if (current.kind() == Hold.Kind.DISPUTE) {
      activities.openHumanTask(HumanTaskRequest.resolveDispute(snapshot.caseId(), current.reason()));
    }
    Duration limit =
        current.until() == null ? snapshot.timed().holdReviewAfter() : positive(Duration.between(now(), current.until()));
    boolean moved = Workflow.await(limit, () -> closed || hold != current);
    boolean broken = !moved && current.kind() == Hold.Kind.PROMISE;
    if (!moved && current.until() != null) {
      if (broken) {
        note(SYSTEM, "PROMISE_BROKEN", "Not paid by the promised date", null, "promise-" + current.seq() + "/broken");
      }
      hold = null;
      resumedBy = new Resume(SYSTEM, current.kind().name().toLowerCase() + " ended");
    } else if (!moved) {
      activities.openHumanTask(HumanTaskRequest.reviewHold(snapshot.caseId(), current.describe()));
      Workflow.await(() -> closed || hold != current);
    }
    phase = CaseStatus.WAITING;
    if (hold == null && !closed) {
      String note = resumedBy.note() == null || resumedBy.note().isBlank() ? "" : ": " + resumedBy.note();
      note(resumedBy.by(), "CASE_RESUMED", "Resumed" + note, "OPEN", "hold-" + current.seq() + "/resumed");
      if (broken && Workflow.getVersion(PROMISE_BROKEN_TOUCH, Workflow.DEFAULT_VERSION, 1) >= 1) {
        promiseBrokenTouch(current);
      }
    }
  }

  private void note(String actor, String type, String details, String caseStatus, String key) {
    activities.note(new CaseNote(snapshot.caseId(), actor, type, details, caseStatus, noteKey(key), null));
  }

  /**
   * Keys of the case's notes: unique per chain of runs (continue-as-new keeps the first run's id),
   * so a case restarted by the reconciler, whose hold numbers start again, writes its own entries.
   */
  private static String noteKey(String key) {
    return Workflow.getInfo().getWorkflowId() + "/" + Workflow.getInfo().getFirstExecutionRunId() + "/" + key;
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() || duration.isZero() ? Duration.ofSeconds(1) : duration;
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
  public void decideNextStep(NextStep decision) {
    nextStep = decision;
  }

  @Override
  public void validateDecideNextStep(NextStep decision) {
    requireOpen(decision.by());
    if (decision.choice() == null) {
      throw new IllegalArgumentException("a choice is required: CALL_CLIENT, PAYMENT_PLAN, LEGAL_REFERRAL or WRITE_OFF");
    }
    if (!awaitingNextStep || nextStep != null) {
      throw new IllegalStateException("no decision on the next step is awaited");
    }
  }

  @Override
  public void policyChanged(Cadence changed) {
    int doneUpTo =
        cadence.steps().stream()
            .filter(step -> step.number() == currentStep)
            .mapToInt(CadenceStep::offsetDays)
            .findFirst()
            .orElse(Integer.MIN_VALUE);
    currentStep =
        changed.steps().stream()
            .filter(step -> step.offsetDays() <= doneUpTo)
            .mapToInt(CadenceStep::number)
            .max()
            .orElse(0);
    cadence = changed;
    policyGeneration++;
    scheduleChanged = true;
  }

  private void hold(Hold.Kind kind, String by, String reason, Instant until) {
    hold = new Hold(kind, by, reason, until, ++holdCount);
  }

  @Override
  public void replyReceived(Reply reply) {
    if (hold == null && !closed) {
      hold(Hold.Kind.REPLY, "customer", "reply by " + reply.channel().toLowerCase() + ": " + reply.excerpt(), null);
    }
  }

  @Override
  public void pause(Pause pause) {
    hold(Hold.Kind.PAUSE, pause.by(), pause.reason(), null);
  }

  @Override
  public void validatePause(Pause pause) {
    requireOpen(pause.by());
    requireText(pause.reason(), "a reason");
    if (hold != null) {
      throw new IllegalStateException("the case is on hold already (" + hold.describe() + ")");
    }
  }

  @Override
  public void resume(Resume resume) {
    resumedBy = resume;
    hold = null;
  }

  @Override
  public void validateResume(Resume resume) {
    requireOpen(resume.by());
    if (hold == null) {
      throw new IllegalStateException("the case is not on hold");
    }
    if (hold.kind() == Hold.Kind.DISPUTE) {
      throw new IllegalStateException("the case is disputed: resolve the dispute to resume");
    }
  }

  @Override
  public void snooze(Snooze snooze) {
    hold(Hold.Kind.SNOOZE, snooze.by(), snooze.reason(), startOfDay(snooze.until()));
  }

  @Override
  public void validateSnooze(Snooze snooze) {
    requireOpen(snooze.by());
    requireAhead(snooze.until(), "the snooze date");
    requireNotDisputed();
  }

  @Override
  public void promise(Promise promise) {
    String amount = promise.amount() == null ? "the balance" : promise.amount().toPlainString() + " " + snapshot.currency();
    hold(Hold.Kind.PROMISE, promise.by(), "to pay " + amount + " by " + promise.date(),
        startOfDay(promise.date().plusDays(snapshot.timed().promiseGraceDays() + 1L)));
  }

  @Override
  public void validatePromise(Promise promise) {
    requireOpen(promise.by());
    requireAhead(promise.date(), "the promised date");
    if (promise.amount() != null && (promise.amount().signum() <= 0 || promise.amount().compareTo(balance) > 0)) {
      throw new IllegalArgumentException("a promised amount must be above zero and at most the balance " + balance.toPlainString());
    }
    requireNotDisputed();
  }

  @Override
  public void openDispute(DisputeNotice dispute) {
    disputesSeen.add(dispute.disputeId());
    openDispute = dispute.disputeId();
    String note = dispute.note() == null || dispute.note().isBlank() ? "" : " (" + dispute.note() + ")";
    hold(Hold.Kind.DISPUTE, dispute.by(), dispute.reason() + note, null);
  }

  @Override
  public void validateOpenDispute(DisputeNotice dispute) {
    requireOpen(dispute.by());
    requireText(dispute.disputeId(), "a dispute id");
    requireText(dispute.reason(), "a reason");
    if (disputesSeen.contains(dispute.disputeId())) {
      throw new IllegalStateException("dispute " + dispute.disputeId() + " is known already");
    }
    requireNotDisputed();
  }

  @Override
  public void resolveDispute(DisputeResolution resolution) {
    openDispute = null;
    String note = resolution.note() == null || resolution.note().isBlank() ? "" : ", " + resolution.note();
    resumedBy = new Resume(resolution.by(), "dispute resolved, " + resolution.outcome().name().toLowerCase().replace('_', ' ') + note);
    hold = null;
  }

  @Override
  public void validateResolveDispute(DisputeResolution resolution) {
    requireOpen(resolution.by());
    if (resolution.outcome() == null) {
      throw new IllegalArgumentException("an outcome is required: AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED");
    }
    if (openDispute == null || !openDispute.equals(resolution.disputeId())) {
      throw new IllegalStateException("no open dispute " + resolution.disputeId());
    }
  }

  @Override
  public void writeOff(Closing closing) {
    closeBy("WRITTEN_OFF", closing);
  }

  @Override
  public void validateWriteOff(Closing closing) {
    requireOpen(closing.by());
    requireText(closing.reason(), "a reason");
  }

  @Override
  public void cancel(Closing closing) {
    closeBy("CANCELLED", closing);
  }

  @Override
  public void validateCancel(Closing closing) {
    validateWriteOff(closing);
  }

  private void closeBy(String reason, Closing closing) {
    closeReason = reason;
    closedBy = closing.by();
    closed = true;
  }

  private void requireOpen(String by) {
    requireText(by, "who acts");
    if (closed) {
      throw new IllegalStateException("the case is closed");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  private void requireNotDisputed() {
    if (openDispute != null) {
      throw new IllegalStateException("the case is disputed: resolve the dispute first");
    }
  }

  /** The date must be after today and at most the promise horizon ahead, on the customer's calendar. */
  private void requireAhead(LocalDate date, String what) {
    if (date == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    LocalDate today = LocalDate.ofInstant(now(), snapshot.customerZone());
    int horizon = snapshot.timed().promiseHorizonDays();
    if (!date.isAfter(today) || date.isAfter(today.plusDays(horizon))) {
      throw new IllegalArgumentException("%s must be after %s and at most %d days ahead".formatted(what, today, horizon));
    }
  }

  private Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(snapshot.customerZone()).toInstant();
  }

  @Override
  public void approve(Approval approval) {
    decision =
        new TouchDecision(
            snapshot.caseId(),
            approval.step(),
            pendingKey,
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
            snapshot.caseId(), skip.step(), pendingKey, TouchDecision.Kind.SKIPPED, skip.by(),
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
    if (hold != null) {
      throw new IllegalStateException("the case is on hold (" + hold.describe() + ")");
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
    return new CaseState(
        closed ? CaseStatus.CLOSED : phase, currentStep, nextTouchAt, balance, pendingDraft, hold, openDispute,
        awaitingNextStep && nextStep == null);
  }

  private String touchKey(int step) {
    String policy = policyGeneration == 0 ? "" : "/policy-" + policyGeneration;
    return Workflow.getInfo().getWorkflowId() + policy + "/step-" + step;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
