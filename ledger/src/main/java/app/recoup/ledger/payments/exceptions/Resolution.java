package app.recoup.ledger.payments.exceptions;

/** How a person settled an exception. */
public enum Resolution {
  /** Apply the cash to an invoice the person names. */
  APPLY,
  /** The cash was returned to the payer (outside Recoup). */
  REFUND,
  /** Keep the cash as the customer's credit. */
  CREDIT,
  /** A chargeback was lost: the money is gone and the invoice owes it again. */
  REVERSE,
  /** A chargeback was won: nothing changes. */
  DISMISS;

  public boolean fits(ExceptionReason reason) {
    boolean forChargebacks = this == REVERSE || this == DISMISS;
    return forChargebacks != reason.holdsCash();
  }
}
