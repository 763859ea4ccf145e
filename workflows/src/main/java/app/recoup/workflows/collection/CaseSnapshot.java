package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.Cadence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Everything a case needs to run, copied when it starts so later edits of configuration cannot
 * change a running case behind its back (they arrive by signal instead).
 *
 * @param lastDoneStep the cadence step already recorded for this case (0 = none): a resumed case
 *     continues after it
 */
public record CaseSnapshot(
    long caseId,
    String invoiceNumber,
    String currency,
    BigDecimal balance,
    LocalDate dueDate,
    ZoneId customerZone,
    Cadence cadence,
    int lastDoneStep) {}
