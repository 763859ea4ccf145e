package app.recoup.workflows.vocabulary;

/** Whether and how late fees Recoup posts are written back to the books (a connection setting). */
public enum LateFeeWriteBack {
  OFF,
  /** A line added to the invoice the fee is on. */
  INVOICE_LINE,
  /** An invoice of its own for the fee, referring to the invoice it is on. */
  SEPARATE_INVOICE
}
