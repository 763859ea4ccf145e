package app.recoup.workflows.vocabulary;

/** What a human task asks a person to do (its {@code human_task.kind}). */
public enum TaskKind {
  APPROVE_TOUCH,
  DECIDE_NEXT_STEP,
  ACTIVITY_FAILED,
  REVIEW_HOLD,
  RESOLVE_DISPUTE,
  OVERPAYMENT,
  REVIEW_REOPENED,
  HANDLE_MANUALLY,
  PAYMENT_DISCREPANCY,
  APPROVE_PLAN,
  PLAN_INSTALMENT_MISSED,
  PAYMENT_STUCK("payment.stuck"),
  EMAIL_UNMATCHED("email.unmatched"),
  EMAIL_BOUNCED("email.bounced"),
  EMAIL_UNREADABLE("email.unreadable"),
  SMS_UNMATCHED("sms.unmatched"),
  MESSAGE_UNDELIVERED("message.undelivered"),
  MESSAGE_FAILED("message.failed"),
  MESSAGE_UNCONFIRMED("message.unconfirmed");

  private final String stored;

  TaskKind() {
    this.stored = name();
  }

  TaskKind(String stored) {
    this.stored = stored;
  }

  /** The word the ledger holds. */
  public String stored() {
    return stored;
  }
}
