package app.recoup.api.imports;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Xero writes one row per line item and repeats the invoice's own fields (total, amount due, dates)
 * on each; consecutive rows of one invoice number become that invoice's first row.
 */
final class LineItems implements Iterator<SourceRow> {

  private final Iterator<SourceRow> rows;
  private SourceRow pending;

  LineItems(Iterator<SourceRow> rows) {
    this.rows = rows;
    this.pending = rows.hasNext() ? rows.next() : null;
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public SourceRow next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    SourceRow invoice = pending;
    pending = null;
    while (rows.hasNext()) {
      SourceRow row = rows.next();
      if (!sameInvoice(invoice, row)) {
        pending = row;
        break;
      }
    }
    return invoice;
  }

  private static boolean sameInvoice(SourceRow invoice, SourceRow row) {
    String number = invoice.get(Column.INVOICE_NUMBER);
    return number != null && Objects.equals(number, row.get(Column.INVOICE_NUMBER));
  }
}
