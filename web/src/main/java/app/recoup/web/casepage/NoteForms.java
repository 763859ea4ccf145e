package app.recoup.web.casepage;

import static app.recoup.web.casepage.CaseActionForms.CHOOSE_CALL_OUTCOME;
import static app.recoup.web.casepage.CaseActionForms.REQUIRED;

import app.recoup.api.notes.CaseNotebook;
import app.recoup.workflows.vocabulary.CallOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The case page's note and call forms, bound as {@link CaseActionForms} are. */
final class NoteForms {

  static final String TOO_LONG_TEXT = "At most " + CaseNotebook.MAX_TEXT + " characters.";

  private NoteForms() {}

  static class NoteForm {
    @NotNull(message = REQUIRED)
    @Size(max = CaseNotebook.MAX_TEXT, message = TOO_LONG_TEXT)
    String text;
  }

  static class CallForm {
    @NotNull(message = REQUIRED)
    @Size(
        max = CaseNotebook.MAX_NAME,
        message = "At most " + CaseNotebook.MAX_NAME + " characters.")
    String contactName;

    @Size(
        max = CaseNotebook.MAX_NUMBER,
        message = "At most " + CaseNotebook.MAX_NUMBER + " characters.")
    String contactNumber;

    @NotNull(message = CHOOSE_CALL_OUTCOME)
    CallOutcome outcome;

    @Size(max = CaseNotebook.MAX_TEXT, message = TOO_LONG_TEXT)
    String summary;

    LocalDate nextActionDate;

    CaseNotebook.CallEntry entry() {
      return new CaseNotebook.CallEntry(
          contactName, contactNumber, outcome.name(), summary, nextActionDate);
    }
  }
}
