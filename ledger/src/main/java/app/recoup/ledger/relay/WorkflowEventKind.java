package app.recoup.ledger.relay;

/** What a workflow event tells a case. */
public enum WorkflowEventKind {
  /** The invoice's balance, due date or status moved: its case opens, learns it, or closes. */
  INVOICE_CHANGED,
  /** The customer replied (payload: channel and excerpt). */
  REPLY,
  /** The customer promised to pay in the portal (payload: date and amount). */
  PROMISE,
  /** The customer disputed the invoice in the portal (payload: dispute id, reason, message). */
  DISPUTE,
  /** The policy the case runs changed (payload: the policy's name). */
  POLICY_CHANGED,
  /**
   * A verified payment notification was stored and waits to be applied (payload: its id); it
   * belongs to no one invoice, so it is not ordered with any case's events.
   */
  PAYMENT_NOTIFICATION,
  /** A person completed a manual step's task (payload: the task id, who, what they wrote). */
  MANUAL_STEP_DONE
}
