package app.recoup.ledger.payments.exceptions;

import java.math.BigDecimal;

/** What cash application knows when it raises an exception. */
public record NewPaymentException(
    Long notificationId,
    Long receiptId,
    Long customerId,
    Long invoiceId,
    ExceptionReason reason,
    BigDecimal amount,
    String currency,
    String reference,
    String details) {}
