package app.recoup.workflows.cadence;

import app.recoup.workflows.fees.LateFee;

/**
 * One reminder in a cadence.
 *
 * @param number 1-based position in the cadence; touches are keyed by it
 * @param offsetDays days relative to the due date (negative = before it)
 * @param lateFee the fee this step posts before its reminder is drafted; null for none
 */
public record CadenceStep(int number, int offsetDays, LateFee lateFee) {

  public CadenceStep(int number, int offsetDays) {
    this(number, offsetDays, null);
  }
}
