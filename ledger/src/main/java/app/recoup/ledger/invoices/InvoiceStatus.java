package app.recoup.ledger.invoices;

public enum InvoiceStatus {
  OPEN,
  PAID,
  VOID,
  WRITTEN_OFF
}
