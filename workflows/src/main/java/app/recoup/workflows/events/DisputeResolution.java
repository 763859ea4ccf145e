package app.recoup.workflows.events;

/**
 * How a person settled a dispute. An adjusted amount or a credit reaches the case through the
 * ledger (the invoice changes); the case resumes, or closes when nothing is left to collect.
 */
public record DisputeResolution(String disputeId, String by, Outcome outcome, String note) {

  public enum Outcome {
    AMOUNT_ADJUSTED,
    CREDIT_ISSUED,
    REJECTED
  }
}
