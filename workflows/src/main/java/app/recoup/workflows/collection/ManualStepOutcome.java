package app.recoup.workflows.collection;

/**
 * How the wait for a manual step ended.
 *
 * @param by who did it; null when the step was withdrawn
 * @param note what they wrote, or why the step was withdrawn
 */
public record ManualStepOutcome(ManualStepTask task, String by, String note) {

  public boolean done() {
    return by != null;
  }
}
