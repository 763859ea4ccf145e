package app.recoup.api.imports;

/** What a column of an imported file means, whatever the file calls it. */
enum Column {
  INVOICE_NUMBER,
  CUSTOMER,
  EMAIL,
  PHONE,
  CURRENCY,
  TOTAL,
  AMOUNT_PAID,
  AMOUNT_DUE,
  ISSUE_DATE,
  DUE_DATE,
  PO_NUMBER,
  TIME_ZONE,
  /** Xero: Draft, Awaiting Payment, Paid, Voided... */
  STATUS,
  /** QuickBooks reports mix invoices with payments and credit memos. */
  TRANSACTION_TYPE,
  /**
   * Recoup's document_type (invoice or credit_note); Xero's Type (Sales invoice, Sales credit
   * note).
   */
  DOCUMENT_TYPE,
  /** The invoice number a credit note credits. */
  APPLIES_TO,
  /** The customer's language, ISO 639-1 (de, fr...). */
  LANGUAGE,
  /** Addresses copied on the customer's email reminders, separated by semicolons. */
  CC_EMAIL
}
