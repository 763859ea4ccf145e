package app.recoup.activities.messaging.drafting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where in the cadence a touch stands; each has its own templates. */
public enum StepKind {
  PRE_DUE,
  DUE,
  OVERDUE,
  FINAL_NOTICE,
  /** After a promise to pay lapsed unpaid, before the cadence resumes. */
  PROMISE_BROKEN,
  /** Before an instalment of a payment plan: its amount and date are the facts. */
  PLAN_REMINDER,
  /** After an instalment of a payment plan was missed: its amount and date are the facts. */
  INSTALMENT_MISSED,
  /**
   * One message for several of a customer's invoices due together: lists each ({@code invoices})
   * with a "pay all" link, worded in the tone of the most advanced step among them.
   */
  COMBINED;

  /** Whether the touch is about an instalment of a payment plan rather than the whole invoice. */
  public boolean aboutInstalment() {
    return this == PLAN_REMINDER || this == INSTALMENT_MISSED;
  }

  /**
   * The wording for an invoice due on {@code dueDate}, drafted on the customer's {@code today}: a
   * pre-due reminder never goes to an invoice already due (a day claim or a holiday may have moved
   * its touch past the due date), which is worded as due on the day, overdue after it.
   */
  public StepKind on(LocalDate today, LocalDate dueDate) {
    if (this != PRE_DUE || today.isBefore(dueDate)) {
      return this;
    }
    return today.isEqual(dueDate) ? DUE : OVERDUE;
  }

  /** The step's name in paths and template folders: {@code final-notice}. */
  public String templateName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<StepKind> fromTemplateName(String name) {
    return Arrays.stream(values()).filter(step -> step.templateName().equals(name)).findFirst();
  }
}
