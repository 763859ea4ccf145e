package app.recoup.workflows.approval;

/**
 * What a person (or the auto-send rule) decided about a drafted touch.
 *
 * @param subject the subject that goes out (edited or as drafted); null for a skip
 * @param body the text that goes out (edited or as drafted); for a skip, the reason given
 */
public record TouchDecision(
    long caseId,
    int step,
    String idempotencyKey,
    Kind kind,
    String by,
    String subject,
    String body) {

  public enum Kind {
    APPROVED,
    EDITED,
    AUTO_APPROVED,
    SKIPPED
  }

  public boolean sends() {
    return kind != Kind.SKIPPED;
  }
}
