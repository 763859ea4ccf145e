package app.recoup.ledger.cases;

import java.time.Instant;

/**
 * A collection case as the books record it. Its workflow is the only writer of its progress; the
 * ledger copy is what lists, metrics and the startup reconciler read.
 *
 * @param currentStep the last cadence step recorded (0 = none yet)
 * @param pauseReason why the case is on hold, as its workflow described it; null when it is not
 * @param policyGeneration how many policy changes its workflow took: part of its touch keys
 */
public record CollectionCase(
    long id,
    long invoiceId,
    String workflowId,
    CaseStatus status,
    int currentStep,
    Instant nextTouchAt,
    String pauseReason,
    String closeReason,
    Instant openedAt,
    Instant closedAt,
    int policyGeneration) {

  public boolean isClosed() {
    return status == CaseStatus.CLOSED;
  }
}
