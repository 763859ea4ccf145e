package app.recoup.workflows.correspondence;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.SendResult;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the touches a customer's cases hand over, waits out the sibling window of the first,
 * then drafts one message for all of them, waits for one decision, sends it once, and tells each
 * case what became of its touch. A case that asks for its touch back before the decision is
 * dropped, and the rest drafted again; a message left without touches is not sent.
 */
public class CorrespondenceWorkflowImpl implements CorrespondenceWorkflow {

  /** The actor of what the process does by itself. */
  private static final String SYSTEM = "recoup";

  /** Quiet hours can end a moment after the instant we were told; never spin on a zero timer. */
  private static final Duration MIN_RETRY_WAIT = Duration.ofMinutes(1);

  /** How many answers a run carries into the next: enough for any retry of a hand-over. */
  private static final int ANSWERS_CARRIED = 500;

  private final long customerId;
  private final int historyLimit;
  private final CorrespondenceActivities ledger =
      Workflow.newActivityStub(CorrespondenceActivities.class, options().build());
  private final CorrespondenceActivities sender =
      Workflow.newActivityStub(
          CorrespondenceActivities.class,
          options().setTaskQueue(CollectionWorkflow.SENDING_TASK_QUEUE).build());

  /** Handed over, not yet in a message. */
  private final List<HandedTouch> waiting = new ArrayList<>();

  /** In the message being drafted or decided. */
  private final List<HandedTouch> message = new ArrayList<>();

  /** Touches of {@link #message} whose cases asked for them back, with why. */
  private final Map<String, String> recalled = new LinkedHashMap<>();

  private final Map<String, TouchOutcome> answered = new LinkedHashMap<>();
  private CombinedDraft draft;
  private CombinedDecision decision;

  @WorkflowInit
  public CorrespondenceWorkflowImpl(CorrespondenceCarry carry) {
    customerId = carry.customerId();
    historyLimit = carry.limit();
    waiting.addAll(carry.waiting());
    answered.putAll(carry.answered());
  }

  @Override
  public void run(CorrespondenceCarry carry) {
    while (true) {
      Workflow.await(() -> !waiting.isEmpty() || Workflow.isEveryHandlerFinished());
      if (waiting.isEmpty()) {
        return;
      }
      HandedTouch first = waiting.get(0);
      Instant closes =
          SiblingWindow.closesAt(
              first.handedAt(), first.zone(), first.combining().window(), first.calendar());
      Duration untilClose = Duration.between(now(), closes);
      if (!untilClose.isNegative() && !untilClose.isZero()) {
        Workflow.await(untilClose, waiting::isEmpty);
      }
      if (waiting.isEmpty()) {
        continue;
      }
      message.addAll(waiting);
      waiting.clear();
      settleMessage();
      message.clear();
      recalled.clear();
      if (Workflow.getInfo().getHistoryLength() > historyLimit && !waiting.isEmpty()) {
        Workflow.await(Workflow::isEveryHandlerFinished);
        Workflow.continueAsNew(
            new CorrespondenceCarry(customerId, waiting, latestAnswers(), historyLimit));
      }
    }
  }

  /** Drafts the message, drafting again without the touches recalled before a decision. */
  private void settleMessage() {
    while (true) {
      dropRecalled();
      if (message.isEmpty()) {
        return;
      }
      CombinedRequest request =
          new CombinedRequest(
              customerId,
              CombinedMessage.key(customerId, message),
              message,
              CombinedMessage.leading(message),
              message.get(0).combining().alsoOpen());
      DraftedTouch drafted = ledger.draftCombined(request);
      switch (drafted.mode()) {
        case MANUAL -> {
          answerAll(TouchOutcome.Kind.MANUAL, "the customer is excluded from automation");
          return;
        }
        case AUTO_SEND ->
            decision =
                new CombinedDecision(
                    customerId,
                    request.messageKey(),
                    message,
                    TouchDecision.Kind.AUTO_APPROVED,
                    SYSTEM,
                    drafted.subject(),
                    drafted.body());
        case APPROVAL -> {
          if (!awaitDecision(request, drafted)) {
            ledger.discardDraft(
                new DraftDiscard(
                    customerId,
                    request.messageKey(),
                    "withdrawn, " + String.join("; ", recalled.values())));
            continue;
          }
        }
      }
      decide(decision, request.leading());
      return;
    }
  }

  /** Returns false when a case asked for its touch back before anybody decided. */
  private boolean awaitDecision(CombinedRequest request, DraftedTouch drafted) {
    decision = null;
    draft =
        new CombinedDraft(
            request.messageKey(),
            drafted.subject(),
            drafted.body(),
            message.stream().map(HandedTouch::invoiceNumber).toList(),
            now());
    boolean answered =
        Workflow.await(drafted.approvalTimeout(), () -> decision != null || !recalled.isEmpty());
    if (!answered) {
      ledger.openApprovalTask(request);
      Workflow.await(() -> decision != null || !recalled.isEmpty());
    }
    draft = null;
    return decision != null;
  }

  private void decide(CombinedDecision decided, HandedTouch leading) {
    ledger.recordCombinedDecision(decided);
    if (!decided.sends()) {
      answerAll(TouchOutcome.Kind.SKIPPED, decided.body());
      return;
    }
    CombinedDelivery delivery =
        new CombinedDelivery(
            customerId,
            decided.messageKey(),
            message,
            decided.subject(),
            decided.body(),
            decided.by(),
            leading.message() == null ? null : leading.message().channel());
    SendResult result = sender.sendCombined(delivery);
    while (result.outcome() == SendResult.Outcome.NOT_NOW) {
      Duration wait = Duration.between(now(), result.retryAt());
      Workflow.sleep(wait.compareTo(MIN_RETRY_WAIT) < 0 ? MIN_RETRY_WAIT : wait);
      result = sender.sendCombined(delivery);
    }
    answerAll(
        result.outcome() == SendResult.Outcome.SENT
            ? TouchOutcome.Kind.SENT
            : TouchOutcome.Kind.NOT_SENT,
        result.detail());
  }

  private void dropRecalled() {
    message.removeIf(
        touch -> {
          String reason = recalled.get(touch.idempotencyKey());
          if (reason != null) {
            answer(touch, TouchOutcome.Kind.DROPPED, reason);
          }
          return reason != null;
        });
    recalled.clear();
  }

  private void answerAll(TouchOutcome.Kind kind, String detail) {
    message.forEach(touch -> answer(touch, kind, detail));
  }

  /** Tells the case once; a case that ended meanwhile has nobody left to tell. */
  private void answer(HandedTouch touch, TouchOutcome.Kind kind, String detail) {
    TouchOutcome outcome = new TouchOutcome(touch.idempotencyKey(), kind, detail);
    if (answered.putIfAbsent(touch.idempotencyKey(), outcome) != null) {
      return;
    }
    tell(touch.caseWorkflowId(), outcome);
  }

  /** A case that closed before its answer came needs none: the ledger holds what happened. */
  private static void tell(String caseWorkflowId, TouchOutcome outcome) {
    ExternalSignals.sendIfRunning(
        () ->
            Workflow.newExternalWorkflowStub(CollectionWorkflow.class, caseWorkflowId)
                .touchSettled(outcome));
  }

  private Map<String, TouchOutcome> latestAnswers() {
    List<Map.Entry<String, TouchOutcome>> all = new ArrayList<>(answered.entrySet());
    Map<String, TouchOutcome> latest = new LinkedHashMap<>();
    all.subList(Math.max(0, all.size() - ANSWERS_CARRIED), all.size())
        .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
    return latest;
  }

  @Override
  public void handOver(HandedTouch touch) {
    String key = touch.idempotencyKey();
    TouchOutcome told = answered.get(key);
    if (told != null) {
      tell(touch.caseWorkflowId(), told);
      return;
    }
    boolean known =
        waiting.stream().anyMatch(handed -> handed.idempotencyKey().equals(key))
            || message.stream().anyMatch(handed -> handed.idempotencyKey().equals(key));
    if (!known) {
      waiting.add(touch);
    }
  }

  @Override
  public void recall(TouchRecall recall) {
    String key = recall.idempotencyKey();
    for (HandedTouch touch : List.copyOf(waiting)) {
      if (touch.idempotencyKey().equals(key)) {
        waiting.remove(touch);
        answer(touch, TouchOutcome.Kind.DROPPED, recall.reason());
        return;
      }
    }
    boolean inMessage = message.stream().anyMatch(touch -> touch.idempotencyKey().equals(key));
    if (inMessage && decision == null) {
      recalled.put(key, recall.reason());
    }
  }

  @Override
  public void approve(CombinedApproval approval) {
    decision =
        new CombinedDecision(
            customerId,
            draft.messageKey(),
            message,
            approval.edited() ? TouchDecision.Kind.EDITED : TouchDecision.Kind.APPROVED,
            approval.by(),
            approval.subject() != null ? approval.subject() : draft.subject(),
            approval.body() != null ? approval.body() : draft.body());
  }

  @Override
  public void validateApprove(CombinedApproval approval) {
    requireAwaiting(approval.messageKey(), approval.by());
    if (approval.subject() != null && approval.subject().isBlank()) {
      throw new IllegalArgumentException("an edited subject must not be blank");
    }
    if (approval.body() != null && approval.body().isBlank()) {
      throw new IllegalArgumentException("an edited body must not be blank");
    }
  }

  @Override
  public void skip(CombinedSkip skip) {
    decision =
        new CombinedDecision(
            customerId,
            draft.messageKey(),
            message,
            TouchDecision.Kind.SKIPPED,
            skip.by(),
            null,
            skip.reason());
  }

  @Override
  public void validateSkip(CombinedSkip skip) {
    requireAwaiting(skip.messageKey(), skip.by());
  }

  private void requireAwaiting(String messageKey, String by) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("who decides must be named");
    }
    if (draft == null || decision != null || !recalled.isEmpty()) {
      throw new IllegalStateException("no combined draft awaits approval");
    }
    if (!draft.messageKey().equals(messageKey)) {
      throw new IllegalStateException(
          "the combined draft waiting now is " + draft.messageKey() + ", not " + messageKey);
    }
  }

  @Override
  public CombinedDraft draft() {
    return draft;
  }

  private static ActivityOptions.Builder options() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(90))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setMaximumInterval(Duration.ofMinutes(10))
                .setDoNotRetry("java.lang.IllegalArgumentException")
                .build());
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
