package app.recoup.ledger.timeline;

import java.time.Instant;

/**
 * One line of a case's history.
 *
 * @param actor who or what did it: a user's email, or {@code recoup} for the process itself
 * @param type the stored word of its {@link app.recoup.workflows.vocabulary.TimelineEventType}, as
 *     the row holds it (rows outlive the words a version writes)
 * @param dedupKey the same key is recorded once, however often it is appended; null for none
 */
public record TimelineEvent(
    long caseId, Instant occurredAt, String actor, String type, String details, String dedupKey) {}
