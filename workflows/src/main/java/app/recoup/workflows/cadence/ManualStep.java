package app.recoup.workflows.cadence;

/**
 * A step a person does instead of a message: the case opens a task for them and waits until it is
 * done; when it is not done within {@code daysToComplete} the wait escalates.
 *
 * @param assignee the user the task goes to; null for the case's assignee
 */
public record ManualStep(Action action, String assignee, int daysToComplete) {

  public static final int DEFAULT_DAYS = 3;
  public static final int MAX_DAYS = 60;

  public enum Action {
    CALL,
    LETTER,
    ESCALATE_TO_ACCOUNT_MANAGER;

    /** Lower case, words apart: "escalate to account manager". */
    public String describe() {
      return name().toLowerCase().replace('_', ' ');
    }
  }

  public ManualStep {
    if (action == null || daysToComplete < 1 || daysToComplete > MAX_DAYS) {
      throw new IllegalArgumentException(
          "a manual step needs an action and 1 to " + MAX_DAYS + " days to complete it");
    }
  }
}
