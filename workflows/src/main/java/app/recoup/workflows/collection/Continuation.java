package app.recoup.workflows.collection;

import app.recoup.workflows.events.Hold;
import app.recoup.workflows.plans.PaymentPlan;
import java.util.Set;

/**
 * What a case carries into its next run when it continues as new, and when it does.
 *
 * @param historyLimit the history length (events) after which the case continues as new
 * @param policyGeneration how often its policy changed: part of its touch keys
 * @param holdCount holds so far: part of their ledger keys
 * @param disputesSeen dispute ids already taken, so a late duplicate changes nothing
 * @param doneUpToOffset where the case stands: the offset (days from the due date) of the last
 *     cadence step done, which stays right whatever cadence the next run reads it in; null when no
 *     step is done, or (continuations before it) to read {@link CaseSnapshot#lastDoneStep()}
 * @param hold the hold the case is under, kind, reason, end and number kept; null for none
 * @param openDispute the id of the dispute to resolve, or null
 * @param eventsTaken ids of the relayed events already taken (null in continuations before them)
 * @param plan the payment plan a case started again after its workflow was lost runs at once (so no
 *     cadence touch goes out before it); null for none
 */
public record Continuation(
    int historyLimit,
    int policyGeneration,
    int holdCount,
    Set<String> disputesSeen,
    Integer doneUpToOffset,
    Hold hold,
    String openDispute,
    Set<String> eventsTaken,
    PaymentPlan plan) {

  /** Far below Temporal's own limits (50k events), far above what a cadence needs. */
  public static final int DEFAULT_HISTORY_LIMIT = 5_000;

  public static final Continuation FRESH =
      new Continuation(DEFAULT_HISTORY_LIMIT, 0, 0, Set.of(), null, null, null, Set.of());

  public Continuation(
      int historyLimit,
      int policyGeneration,
      int holdCount,
      Set<String> disputesSeen,
      Integer doneUpToOffset,
      Hold hold,
      String openDispute,
      Set<String> eventsTaken) {
    this(
        historyLimit,
        policyGeneration,
        holdCount,
        disputesSeen,
        doneUpToOffset,
        hold,
        openDispute,
        eventsTaken,
        null);
  }

  public Continuation {
    disputesSeen = Set.copyOf(disputesSeen);
    eventsTaken = eventsTaken == null ? Set.of() : Set.copyOf(eventsTaken);
  }

  /**
   * A case started again for a lost workflow, in the policy generation the ledger counted for it:
   * its touches are keyed as before, so a step sent is found sent and a draft is found again.
   */
  public static Continuation resumedIn(int policyGeneration) {
    return new Continuation(
        DEFAULT_HISTORY_LIMIT, policyGeneration, 0, Set.of(), null, null, null, Set.of());
  }

  /** Starts the case in the plan's phase: the plan ran before its workflow was lost. */
  public Continuation withPlan(PaymentPlan running) {
    return new Continuation(
        historyLimit,
        policyGeneration,
        holdCount,
        disputesSeen,
        doneUpToOffset,
        hold,
        openDispute,
        eventsTaken,
        running);
  }

  public Continuation withHistoryLimit(int limit) {
    return new Continuation(
        limit,
        policyGeneration,
        holdCount,
        disputesSeen,
        doneUpToOffset,
        hold,
        openDispute,
        eventsTaken,
        plan);
  }
}
