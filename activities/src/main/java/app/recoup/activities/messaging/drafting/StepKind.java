package app.recoup.activities.messaging.drafting;

/** Where in the cadence a touch stands; each has its own templates. */
public enum StepKind {
  PRE_DUE,
  DUE,
  OVERDUE,
  FINAL_NOTICE;

  String templateName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
