package app.recoup.workflows.correspondence;

/**
 * A person approves the combined draft {@code messageKey}, optionally edited.
 *
 * @param subject the edited subject, or null to keep the draft's
 * @param body the edited text, or null to keep the draft's
 */
public record CombinedApproval(String messageKey, String by, String subject, String body) {

  public boolean edited() {
    return subject != null || body != null;
  }
}
