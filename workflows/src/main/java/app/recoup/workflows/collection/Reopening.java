package app.recoup.workflows.collection;

/**
 * Why a closed case runs again: its invoice is owed again (a refund, a lost chargeback, the books
 * showing a larger total or less paid).
 *
 * @param number how often the case has been reopened, this time included (1 = the first time)
 * @param reason what is owed again, as the case's timeline and task say it
 */
public record Reopening(int number, String reason) {}
