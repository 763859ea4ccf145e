package app.recoup.web.casepage;

import static app.recoup.web.casepage.CaseActionsController.MAX_TEXT;

import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.CallOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The case page's action forms, bound field by field ({@link CaseActionsController} binds their
 * fields directly) by the registered formatters: dates as 2026-05-31, amounts as 120.50, choices by
 * name; texts trimmed, a blank one absent. Classes, not records: a record whose field fails to bind
 * is not made at all, and the page must say which field it was.
 */
final class CaseActionForms {

  static final String REQUIRED = "Required.";
  static final String TOO_LONG = "At most " + MAX_TEXT + " characters.";
  static final String ENTER_DATE = "Enter a date, as 2026-05-31.";
  static final String ENTER_AMOUNT = "Enter an amount, as 120.50.";
  static final String CHOOSE_OUTCOME = "Choose how the dispute was resolved.";
  static final String CHOOSE_STEP = "Choose the next step.";
  static final String CHOOSE_CALL_OUTCOME = "Choose what came of the call.";

  /**
   * What to say of a field whose text could not be read, by the field's type (validation leaves
   * such a field to the binding's error, so its own rule does not speak).
   */
  static final Map<Class<?>, String> UNREADABLE =
      Map.of(
          LocalDate.class, ENTER_DATE,
          BigDecimal.class, ENTER_AMOUNT,
          DisputeResolution.Outcome.class, CHOOSE_OUTCOME,
          NextStep.Choice.class, CHOOSE_STEP,
          CallOutcome.class, CHOOSE_CALL_OUTCOME);

  private CaseActionForms() {}

  /** An optional note. */
  static class NoteForm {
    @Size(max = MAX_TEXT, message = TOO_LONG)
    String note;
  }

  /** A reason a person must give. */
  static class ReasonForm {
    @NotNull(message = REQUIRED)
    @Size(max = MAX_TEXT, message = TOO_LONG)
    String reason;
  }

  static class DisputeForm extends ReasonForm {
    @Size(max = MAX_TEXT, message = TOO_LONG)
    String note;
  }

  static class ResolveDisputeForm extends NoteForm {
    String disputeId;

    @NotNull(message = CHOOSE_OUTCOME)
    DisputeResolution.Outcome outcome;

    /** The credit given, or what is owed after an adjustment; none for a rejection. */
    BigDecimal amount;
  }

  static class NextStepForm extends NoteForm {
    @NotNull(message = CHOOSE_STEP)
    NextStep.Choice choice;
  }

  static class SnoozeForm {
    @NotNull(message = ENTER_DATE)
    LocalDate until;

    @Size(max = MAX_TEXT, message = TOO_LONG)
    String reason;
  }

  /** A promise: the day, and the amount when it is not the whole balance. */
  static class PromiseForm {
    @NotNull(message = ENTER_DATE)
    LocalDate date;

    BigDecimal amount;
  }

  /**
   * A payment taken by hand; {@code entry} is the form's own id, so a resubmission is one payment.
   */
  static class PaymentForm {
    @NotNull(message = ENTER_AMOUNT)
    BigDecimal amount;

    String entry;
  }
}
