package app.recoup.ledger.plans;

/**
 * The waits a plan runs on, copied from the settings when it is made.
 *
 * @param reminderDaysBefore days before an instalment's date its reminder goes out
 * @param graceDays days after an instalment's date before it counts as missed
 * @param makeGoodDays days a missed instalment may still be paid before the plan is broken
 */
public record PlanTerms(int reminderDaysBefore, int graceDays, int makeGoodDays) {}
