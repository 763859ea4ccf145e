package app.recoup.web.forms;

/** Whom to give a case or a task: an email, or blank for no one. */
public record AssigneeForm(String assignee) {

  /** The person named, trimmed; null for no one. */
  public String person() {
    return assignee == null || assignee.isBlank() ? null : assignee.trim();
  }
}
