package app.recoup.workflows.collection;

import java.util.Set;

/**
 * What a case carries into its next run when it continues as new, and when it does.
 *
 * @param historyLimit the history length (events) after which the case continues as new
 * @param policyGeneration how often its policy changed: part of its touch keys
 * @param holdCount holds so far: part of their ledger keys
 * @param disputesSeen dispute ids already taken, so a late duplicate changes nothing
 */
public record Continuation(int historyLimit, int policyGeneration, int holdCount, Set<String> disputesSeen) {

  /** Far below Temporal's own limits (50k events), far above what a cadence needs. */
  public static final int DEFAULT_HISTORY_LIMIT = 5_000;

  public static final Continuation FRESH = new Continuation(DEFAULT_HISTORY_LIMIT, 0, 0, Set.of());

  public Continuation {
    disputesSeen = Set.copyOf(disputesSeen);
  }
}
