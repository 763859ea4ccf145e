package app.recoup.ledger.payments.exceptions;

/** Why cash application could not place money by itself. */
public enum ExceptionReason {
  /** One payment for several invoices that does not cover them all: which ones is not clear. */
  SHORT_PAY,
  /** More than the invoices' balance: the excess waits here. */
  OVERPAY,
  UNKNOWN_REFERENCE,
  /**
   * A payment already received (same external id, other content) or for an invoice already paid.
   */
  DUPLICATE,
  CURRENCY_MISMATCH,
  /** The customer's bank took the money back; someone decides whether to fight it. */
  CHARGEBACK;

  public boolean holdsCash() {
    return this != CHARGEBACK;
  }
}
