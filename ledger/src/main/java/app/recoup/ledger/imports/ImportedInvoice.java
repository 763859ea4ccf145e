package app.recoup.ledger.imports;

import app.recoup.ledger.invoices.InvoiceTerms;
import java.util.List;

/**
 * One valid invoice read from a file, with what the file says about its customer. Blank contact
 * details, time zone or language (null) leave what the books already hold untouched; {@code copied}
 * are the addresses to copy on the customer's email reminders (none: null or empty).
 */
public record ImportedInvoice(
    String number,
    String customer,
    String email,
    String phone,
    String timeZone,
    InvoiceTerms terms,
    String language,
    List<String> copied) {

  public ImportedInvoice {
    copied = copied == null ? List.of() : List.copyOf(copied);
  }
}
