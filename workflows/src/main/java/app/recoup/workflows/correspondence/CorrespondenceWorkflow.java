package app.recoup.workflows.correspondence;

import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A customer's side of the conversation: the touches its cases hand over wait for their siblings,
 * go out as one message approved once, and each case is told once what became of its touch. One per
 * customer, started by the first touch handed over (signal-with-start); it ends when nothing waits.
 */
@WorkflowInterface
public interface CorrespondenceWorkflow {

  /** The cases' queue: the workers that run cases run correspondence too. */
  String TASK_QUEUE = CollectionWorkflow.TASK_QUEUE;

  /** The history length after which a busy correspondence continues as new. */
  int HISTORY_LIMIT = 2_000;

  static String workflowId(long customerId) {
    return "correspondence-" + customerId;
  }

  @WorkflowMethod
  void run(CorrespondenceCarry carry);

  /** A case's due touch: waits for its siblings; handed over again (same key), nothing changes. */
  @SignalMethod
  void handOver(HandedTouch touch);

  /** A case asks for its touch back: dropped from the message unless that was decided already. */
  @SignalMethod
  void recall(TouchRecall recall);

  /** Approves the combined draft waiting now, as drafted or edited; it is then sent once. */
  @UpdateMethod
  void approve(CombinedApproval approval);

  /** Refuses an approval of a draft that is not the one waiting (stale, a repeat, malformed). */
  @UpdateValidatorMethod(updateName = "approve")
  void validateApprove(CombinedApproval approval);

  /** Skips the combined draft waiting now: each of its touches is skipped. */
  @UpdateMethod
  void skip(CombinedSkip skip);

  /** As {@link #validateApprove}. */
  @UpdateValidatorMethod(updateName = "skip")
  void validateSkip(CombinedSkip skip);

  /** The combined draft waiting for a person, or null. */
  @QueryMethod
  CombinedDraft draft();
}
