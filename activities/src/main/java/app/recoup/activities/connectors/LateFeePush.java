package app.recoup.activities.connectors;

import app.recoup.workflows.vocabulary.LateFeeWriteBack;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A late fee Recoup posted, to be written back as the connection's {@link LateFeeWriteBack} says.
 *
 * @param idempotencyKey the same for every attempt at the same fee ({@code recoup-fee-<id>})
 */
public record LateFeePush(
    String idempotencyKey,
    String invoiceNumber,
    BigDecimal amount,
    String currency,
    LocalDate postedOn,
    LateFeeWriteBack as) {}
