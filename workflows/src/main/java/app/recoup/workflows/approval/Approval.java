package app.recoup.workflows.approval;

/**
 * A person approves the draft of a step, optionally edited.
 *
 * @param subject the edited subject, or null to keep the draft's
 * @param body the edited text, or null to keep the draft's
 */
public record Approval(int step, String by, String subject, String body) {

  public boolean edited() {
    return subject != null || body != null;
  }
}
