package app.recoup.ledger.casefile;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment exception about the invoice, open or resolved. */
public record ExceptionLine(
    long id,
    Instant createdAt,
    String reason,
    BigDecimal amount,
    String currency,
    String details,
    String status,
    String resolution,
    String resolvedBy) {}
