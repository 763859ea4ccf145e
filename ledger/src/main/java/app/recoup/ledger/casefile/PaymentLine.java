package app.recoup.ledger.casefile;

import java.math.BigDecimal;
import java.time.Instant;

/** Money applied to the invoice, net of refunds. */
public record PaymentLine(
    Instant receivedAt,
    BigDecimal amount,
    BigDecimal refunded,
    String currency,
    String source,
    String reference) {}
