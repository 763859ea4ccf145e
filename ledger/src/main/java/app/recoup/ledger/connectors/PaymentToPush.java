package app.recoup.ledger.connectors;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment Recoup applied that the books do not hold yet.
 *
 * @param source how it reached Recoup (portal, stripe, manual, a webhook's name)
 */
public record PaymentToPush(
    long paymentId,
    String invoiceNumber,
    BigDecimal amount,
    String currency,
    Instant receivedAt,
    String source,
    String externalId) {

  /** The same for every attempt at this payment, at every vendor. */
  public String idempotencyKey() {
    return "recoup-payment-" + paymentId;
  }
}
