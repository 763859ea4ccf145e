package app.recoup.ledger.payments;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment a processor reported, counted once however many notifications mention it. */
public record PaymentReceipt(
    long id,
    String source,
    String externalId,
    long notificationId,
    BigDecimal amount,
    String currency,
    Instant receivedAt,
    BigDecimal refunded) {}
