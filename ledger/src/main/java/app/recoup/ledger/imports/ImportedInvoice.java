package app.recoup.ledger.imports;

import app.recoup.ledger.invoices.InvoiceTerms;

/**
 * One valid invoice read from a file, with what the file says about its customer. Blank contact
 * details, time zone or language (null) leave what the books already hold untouched.
 */
public record ImportedInvoice(
    String number,
    String customer,
    String email,
    String phone,
    String timeZone,
    InvoiceTerms terms,
    String language) {}
