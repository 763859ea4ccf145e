package app.recoup.ledger.credits;

/** Where a credit note came from. */
public enum CreditOrigin {
  /** The invoicing tool's export. */
  IMPORT,
  /** A person resolved a dispute with a credit or an adjusted amount. */
  DISPUTE
}
