package app.recoup.api.process;

import app.recoup.ledger.cases.CollectionCase;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An invoice by its number and its case, or a 404 refusal saying which is missing. */
@Component
public class CaseLookup {

  private final InvoiceRepository invoices;
  private final CollectionCases cases;

  CaseLookup(InvoiceRepository invoices, CollectionCases cases) {
    this.invoices = invoices;
    this.cases = cases;
  }

  public Invoice invoice(String invoiceNumber) {
    return invoices
        .findByNumber(invoiceNumber)
        .orElseThrow(() -> new CommandRefused(HttpStatus.NOT_FOUND, "No invoice " + invoiceNumber));
  }

  public CollectionCase caseOf(Invoice invoice) {
    return cases
        .findByInvoiceId(invoice.getId())
        .orElseThrow(
            () ->
                new CommandRefused(
                    HttpStatus.NOT_FOUND, "No case for invoice " + invoice.getNumber()));
  }
}
