package app.recoup.ledger.cases;

import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.CloseReason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A collection case as the books record it. Its workflow is the only writer of its progress; the
 * ledger copy is what lists, metrics and the startup reconciler read.
 *
 * @param currentStep the last cadence step recorded (0 = none yet)
 * @param pauseReason why the case is on hold, as its workflow described it; null when it is not
 * @param policyGeneration how many policy changes its workflow took: part of its touch keys
 * @param reopenings how often the case was reopened because its invoice was owed again
 */
public record CollectionCase(
    long id,
    long invoiceId,
    String workflowId,
    CaseStatus status,
    int currentStep,
    Instant nextTouchAt,
    String pauseReason,
    CloseReason closeReason,
    Instant openedAt,
    Instant closedAt,
    int policyGeneration,
    int reopenings) {

  /** The reasons a case closes for that no longer hold once its invoice is owed again. */
  private static final Set<CloseReason> NOTHING_OWED =
      EnumSet.of(CloseReason.PAID, CloseReason.WRITTEN_OFF, CloseReason.CREDITED);

  /**
   * Open, and nothing recorded since it was opened (no step, no touch planned, no policy change, no
   * reopening): its workflow never ran, or never got as far as its first plan.
   */
  public boolean neverBegun() {
    return status == CaseStatus.OPEN
        && currentStep == 0
        && nextTouchAt == null
        && policyGeneration == 0
        && reopenings == 0;
  }

  public boolean isClosed() {
    return status == CaseStatus.CLOSED;
  }

  /**
   * Closed because nothing was owed (paid, credited, or written off): such a case comes back when
   * its invoice is owed again. A case a person cancelled stays closed.
   */
  public boolean reopensWhenOwed() {
    return isClosed() && NOTHING_OWED.contains(closeReason);
  }
}
