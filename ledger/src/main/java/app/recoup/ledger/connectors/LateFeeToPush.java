package app.recoup.ledger.connectors;

import java.math.BigDecimal;
import java.time.Instant;

/** A late fee Recoup posted that the books may not hold yet. */
public record LateFeeToPush(
    long feeId,
    String invoiceNumber,
    BigDecimal amount,
    String currency,
    Instant postedAt,
    boolean waived) {

  /** The same for every attempt at this fee, at every vendor. */
  public String idempotencyKey() {
    return "recoup-fee-" + feeId;
  }
}
