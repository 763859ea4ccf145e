package app.recoup.ledger.customers;

/** Whether a contact receives a customer's email reminders, and how. */
public enum ReminderCopy {
  /** Addressed to them (the primary contact always is). */
  TO,
  /** Copied (Cc). */
  CC,
  NONE
}
