package app.recoup.workflows.cadence;

import app.recoup.workflows.fees.LateFee;

/**
 * One reminder in a cadence.
 *
 * @param number 1-based position in the cadence; touches are keyed by it
 * @param offsetDays days relative to the due date (negative = before it)
 * @param lateFee the fee this step posts before its reminder is drafted; null for none
 * @param message how the reminder is worded and sent; null in cadences recorded before steps
 *     carried one, which draft as {@link StepMessage#CUSTOMERS_OWN}
 * @param manual what a person does at this step instead of a message; null for a message step
 */
public record CadenceStep(
    int number, int offsetDays, LateFee lateFee, StepMessage message, ManualStep manual) {

  public CadenceStep(int number, int offsetDays, LateFee lateFee, StepMessage message) {
    this(number, offsetDays, lateFee, message, null);
  }

  public CadenceStep(int number, int offsetDays) {
    this(number, offsetDays, null, null, null);
  }

  public CadenceStep(int number, int offsetDays, LateFee lateFee) {
    this(number, offsetDays, lateFee, null, null);
  }

  public StepMessage messageOrDefault() {
    return message == null ? StepMessage.CUSTOMERS_OWN : message;
  }
}
