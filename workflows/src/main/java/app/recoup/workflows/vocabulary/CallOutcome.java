package app.recoup.workflows.vocabulary;

/** What came of a call a person logged on a case (its {@code call_log.outcome}). */
public enum CallOutcome {
  /** The customer promised to pay: the promise itself is recorded with its date and amount. */
  PROMISED,
  /** The customer disputes the invoice: the dispute itself is opened with its reason. */
  DISPUTED,
  NO_ANSWER,
  WRONG_CONTACT,
  OTHER;

  /** Lower case, words apart: "no answer". */
  public String describe() {
    return name().toLowerCase().replace('_', ' ');
  }
}
