package app.recoup.ledger.payments.exceptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
    /** The processor or channel the money came through (null when nothing recorded it). */
    String source,
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

  /** The resolutions that settle this exception, as {@link Resolution#fits} allows. */
  public List<Resolution> resolutions() {
    return Arrays.stream(Resolution.values()).filter(r -> r.fits(reason)).toList();
  }
}
