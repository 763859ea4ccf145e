package app.recoup.activities.messaging.drafting;

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
  PROMISE_BROKEN;

  /** The step's name in paths and template folders: {@code final-notice}. */
  public String templateName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<StepKind> fromTemplateName(String name) {
    return Arrays.stream(values()).filter(step -> step.templateName().equals(name)).findFirst();
  }
}
