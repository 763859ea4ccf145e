package app.recoup.workflows.cadence;

/**
 * One reminder in a cadence.
 *
 * @param number 1-based position in the cadence; touches are keyed by it
 * @param offsetDays days relative to the due date (negative = before it)
 */
public record CadenceStep(int number, int offsetDays) {}
