package app.recoup.ledger.tasks;

import app.recoup.workflows.vocabulary.TaskKind;

/**
 * What a completion changed: the task, its case (if any), and the decision taken.
 *
 * @param kind the stored word of its {@link TaskKind}, as the row holds it (rows outlive the words
 *     a version writes)
 */
public record CompletedTask(long id, Long caseId, String kind, String title, String decision) {

  public boolean is(TaskKind taskKind) {
    return taskKind.stored().equals(kind);
  }
}
