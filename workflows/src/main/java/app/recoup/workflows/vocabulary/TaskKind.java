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
  MESSAGE_UNCONFIRMED("message.unconfirmed"),
  /** A call logged with a next action date: act on the case that day. */
  FOLLOW_UP,
  /** A manual step of the cadence (a call, a letter, an escalation): the case waits for it. */
  MANUAL_STEP,
  /** A manual step not done in its time: someone sees that it is done or handed on. */
  MANUAL_STEP_OVERDUE,
  /** An outbound webhook endpoint disabled after persistent failure. */
  WEBHOOK_DISABLED("webhook.disabled"),
  /** An accounting connection lost its grant (refresh refused): an admin connects again. */
  BOOKS_DISCONNECTED("books.disconnected"),
  /** A payment or late fee could not be written back to the books after its retries. */
  BOOKS_PUSH_FAILED("books.push_failed"),
  /** A late fee waived in Recoup after it was written back: someone takes it off the books too. */
  BOOKS_FEE_WAIVED("books.fee_waived");

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
