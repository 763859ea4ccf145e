package app.recoup.activities.documents;

import app.recoup.activities.messaging.BusinessProperties;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.statements.StatementFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One invoice's details as a PDF, as far as Recoup knows them: its dates and reference, the amount
 * invoiced, the late fees added, what was paid or credited, and the balance. Recoup is given
 * invoice totals, not their item lines, so those lines are what the document lists.
 */
@Component
public class InvoicePdf {

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final StatementFacts facts;
  private final DocumentFormats formats;
  private final HtmlToPdf printer;
  private final BusinessProperties business;

  InvoicePdf(
      InvoiceRepository invoices,
      CustomerRepository customers,
      StatementFacts facts,
      DocumentFormats formats,
      HtmlToPdf printer,
      BusinessProperties business) {
    this.invoices = invoices;
    this.customers = customers;
    this.facts = facts;
    this.formats = formats;
    this.printer = printer;
    this.business = business;
  }

  /** Empty when the customer has no invoice of that number: nobody sees another's invoice. */
  public Optional<byte[]> render(long customerId, String number) {
    Optional<Invoice> found =
        invoices.findByNumber(number).filter(invoice -> invoice.getCustomerId().equals(customerId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Invoice invoice = found.get();
    Customer customer = customers.findById(customerId).orElseThrow();
    String currency = invoice.getCurrency();
    List<Map<String, Object>> lines = new ArrayList<>();
    lines.add(line("Invoice total", invoice.getTotal(), currency));
    if (invoice.getFees().signum() > 0) {
      lines.add(line("Late fees", invoice.getFees(), currency));
    }
    List<StatementFacts.Payment> payments =
        facts.payments(customerId).stream()
            .filter(payment -> payment.invoiceNumber().equals(number))
            .toList();
    BigDecimal paidUnlisted = invoice.getAmountPaid();
    for (StatementFacts.Payment payment : payments) {
      lines.add(
          line(
              "Payment received " + formats.date(payment.date()),
              payment.amount().negate(),
              currency));
      paidUnlisted = paidUnlisted.subtract(payment.amount());
    }
    if (paidUnlisted.signum() > 0) {
      lines.add(line("Other payments", paidUnlisted.negate(), currency));
    }
    if (invoice.getAmountCredited().signum() > 0) {
      lines.add(line("Credits applied", invoice.getAmountCredited().negate(), currency));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("business", business.name());
    model.put("customer", customer.getName());
    model.put("number", invoice.getNumber());
    model.put("issueDate", formats.date(invoice.getIssueDate()));
    model.put("dueDate", formats.date(invoice.getDueDate()));
    model.put("status", invoice.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (invoice.getPoReference() != null && !invoice.getPoReference().isBlank()) {
      model.put("po", invoice.getPoReference());
    }
    model.put("lines", lines);
    model.put("balance", formats.money(invoice.getBalance(), currency));
    return Optional.of(printer.pdf("invoice.ftlh", model));
  }

  private Map<String, Object> line(String what, BigDecimal amount, String currency) {
    return Map.of("what", what, "amount", formats.money(amount, currency));
  }
}
