package app.recoup.workflows.events;

/**
 * A person's decision once the cadence is over: nothing legal or destructive happens without it.
 */
public record NextStep(String by, Choice choice, String note) {

  public enum Choice {
    CALL_CLIENT,
    PAYMENT_PLAN,
    LEGAL_REFERRAL,
    WRITE_OFF
  }
}
