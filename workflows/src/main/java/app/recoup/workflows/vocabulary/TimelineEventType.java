package app.recoup.workflows.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** What a case's timeline entry says happened (its {@code timeline_event.type}). */
public enum TimelineEventType {
  // touches
  TOUCH_PLANNED,
  TOUCH_DRAFTED,
  TOUCH_APPROVED,
  TOUCH_EDITED,
  TOUCH_AUTO_APPROVED,
  TOUCH_SKIPPED,
  TOUCH_SENT,
  TOUCH_NOT_SENT,
  LATE_FEE_POSTED,
  LATE_FEE_WAIVED,
  // the case
  CASE_ON_HOLD,
  CASE_RESUMED,
  CASE_PAID,
  CASE_WRITTEN_OFF,
  CASE_CANCELLED,
  /** Closed because credit (a credit note, customer credit) settled what was owed. */
  CASE_CREDITED,
  CASE_CLOSED,
  CASE_REOPENED,
  RESUMED_AFTER_RESTART,
  CASE_ASSIGNED,
  PROMISE_TO_PAY,
  PROMISE_KEPT,
  PROMISE_BROKEN,
  DISPUTE_OPENED,
  NEXT_STEP_DECIDED,
  TASK_OPENED,
  TASK_COMPLETED,
  NOTE_ADDED,
  CALL_LOGGED,
  MANUAL_STEP_OPENED,
  MANUAL_STEP_DONE,
  MANUAL_STEP_OVERDUE,
  // payment plans
  PLAN_REQUESTED,
  PLAN_AGREED,
  PLAN_DECLINED,
  INSTALMENT_PAID,
  INSTALMENT_MISSED,
  INSTALMENT_MADE_GOOD,
  PLAN_KEPT,
  PLAN_BROKEN,
  PLAN_CANCELLED,
  // money
  PAYMENT_RECEIVED,
  PAYMENT_PENDING,
  PAYMENT_FAILED,
  PAYMENT_REFUNDED,
  PAYMENT_EXCEPTION,
  PAYMENT_DISCREPANCY,
  CHARGEBACK,
  CHARGEBACK_LOST,
  /** A credit note or the customer's credit lowered the invoice's balance. */
  CREDIT_APPLIED,
  /** Part of a credit note, or an overpayment, kept as the customer's credit. */
  CREDIT_KEPT,
  // messages, in the words the channels wrote from the start
  REPLY_RECEIVED("reply.received"),
  REPLY_LOGGED("reply.logged"),
  AUTO_REPLY_RECEIVED("auto-reply.received"),
  MESSAGE_BOUNCED("message.bounced"),
  MESSAGE_FAILED("message.failed"),
  MESSAGE_UNCONFIRMED("message.unconfirmed"),
  SMS_OPT_OUT("sms.opt-out"),
  // Twilio's delivery reports, one per status it documents
  SMS_ACCEPTED("sms.accepted"),
  SMS_SCHEDULED("sms.scheduled"),
  SMS_QUEUED("sms.queued"),
  SMS_SENDING("sms.sending"),
  SMS_SENT("sms.sent"),
  SMS_DELIVERED("sms.delivered"),
  SMS_UNDELIVERED("sms.undelivered"),
  SMS_FAILED("sms.failed"),
  SMS_READ("sms.read"),
  SMS_PARTIALLY_DELIVERED("sms.partially_delivered"),
  SMS_CANCELED("sms.canceled"),
  SMS_RECEIVING("sms.receiving"),
  SMS_RECEIVED("sms.received"),
  /** WhatsApp delivery reports, one per status Twilio documents for WhatsApp messages. */
  WHATSAPP_QUEUED("whatsapp.queued"),
  WHATSAPP_SENT("whatsapp.sent"),
  WHATSAPP_DELIVERED("whatsapp.delivered"),
  WHATSAPP_READ("whatsapp.read"),
  WHATSAPP_UNDELIVERED("whatsapp.undelivered"),
  WHATSAPP_FAILED("whatsapp.failed");

  private static final String SMS_STATUS = "sms.";

  private final String stored;

  TimelineEventType() {
    this.stored = name();
  }

  TimelineEventType(String stored) {
    this.stored = stored;
  }

  /** The word the ledger holds. */
  public String stored() {
    return stored;
  }

  /**
   * The delivery report for a Twilio message status; empty for a status Twilio does not document.
   */
  public static Optional<TimelineEventType> smsStatus(String twilioStatus) {
    return report("SMS_", SMS_STATUS + twilioStatus);
  }

  /** The delivery report for a WhatsApp message's Twilio status; empty for any other status. */
  public static Optional<TimelineEventType> whatsAppStatus(String twilioStatus) {
    return report("WHATSAPP_", "whatsapp." + twilioStatus);
  }

  private static Optional<TimelineEventType> report(String prefix, String stored) {
    return Arrays.stream(values())
        .filter(type -> type.name().startsWith(prefix) && type != SMS_OPT_OUT)
        .filter(type -> type.stored.equals(stored))
        .findFirst();
  }
}
