package app.recoup.ledger.notes;

import app.recoup.workflows.vocabulary.CallOutcome;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call a person made on a case: whom they reached and what came of it.
 *
 * @param id 0 until stored
 * @param contactNumber the number called; null when not given
 * @param summary what was said; null when not given
 * @param nextActionDate the customer's calendar day the case is acted on next; null for none
 */
public record CallLog(
    long id,
    long caseId,
    String author,
    String contactName,
    String contactNumber,
    CallOutcome outcome,
    String summary,
    LocalDate nextActionDate,
    Instant calledAt) {}
