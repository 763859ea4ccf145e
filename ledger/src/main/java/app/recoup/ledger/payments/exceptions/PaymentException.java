package app.recoup.ledger.payments.exceptions;

import java.math.BigDecimal;
import java.time.Instant;

/** Money (or a chargeback) waiting for a person's decision. */
public record PaymentException(
    long id,
    Long notificationId,
    Long receiptId,
    Long customerId,
    Long invoiceId,
    ExceptionReason reason,
    BigDecimal amount,
    String currency,
    String reference,
    String details,
    String status,
    Resolution resolution,
    String resolvedNote,
    String resolvedBy,
    Instant resolvedAt,
    Instant createdAt) {

  public boolean isOpen() {
    return "OPEN".equals(status);
  }
}
