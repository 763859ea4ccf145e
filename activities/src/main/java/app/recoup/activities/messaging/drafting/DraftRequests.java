package app.recoup.activities.messaging.drafting;

import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.Tone;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.plans.PaymentPlans;
import app.recoup.workflows.plans.Instalment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The facts for a draft as the ledger has them now: balance including fees, the customer's tone,
 * zone, language and billing contact.
 */
@Component
public class DraftRequests {

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final PaymentPlans plans;
  private final MessageLanguages languages;

  DraftRequests(
      InvoiceRepository invoices,
      CustomerRepository customers,
      PaymentPlans plans,
      MessageLanguages languages) {
    this.invoices = invoices;
    this.customers = customers;
    this.plans = plans;
    this.languages = languages;
  }

  /**
   * @param tone the step's tone, which may differ from the customer's
   * @param step for a payment plan's touch, the amount due and due date are its next unpaid
   *     instalment's (the invoice's when the plan has ended meanwhile)
   * @throws IllegalArgumentException when no invoice has that number
   */
  public DraftRequest forInvoice(String invoiceNumber, Tone tone, StepKind step, Instant now) {
    Invoice invoice =
        invoices
            .findByNumber(invoiceNumber)
            .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceNumber));
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    Contact contact = customer.billingContact();
    // a plan's touch is about its next unpaid instalment: its amount is due by its date
    Optional<Instalment> instalment =
        step.aboutInstalment() ? plans.nextUnpaidInstalment(invoice.getId()) : Optional.empty();
    return new DraftRequest(
        tone,
        step.on(LocalDate.ofInstant(now, customer.zone()), invoice.getDueDate()),
        customer.getId(),
        customer.getName(),
        contact == null ? null : contact.name(),
        customer.zone(),
        languages.locale(languages.of(customer)),
        invoice.getNumber(),
        instalment.map(Instalment::amount).orElse(invoice.getBalance()),
        invoice.getCurrency(),
        instalment.map(Instalment::dueDate).orElse(invoice.getDueDate()),
        invoice.getPoReference(),
        now);
  }
}
