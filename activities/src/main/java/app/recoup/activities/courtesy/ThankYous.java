package app.recoup.activities.courtesy;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.invoices.InvoiceStatus;
import app.recoup.ledger.messaging.MessageKind;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.PolicyThanks;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The short thank-you a customer gets by email when an invoice of theirs is paid in full, in their
 * language. Sent once per key: the caller keys it by the close, so a retried close thanks once.
 */
@Service
public class ThankYous {

  private static final String DEFAULT_POLICY = "default";

  private final CollectionCases cases;
  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final CadencePolicies policies;
  private final PolicyThanks thanks;
  private final CourtesyEmails emails;

  ThankYous(
      CollectionCases cases,
      InvoiceRepository invoices,
      CustomerRepository customers,
      CadencePolicies policies,
      PolicyThanks thanks,
      CourtesyEmails emails) {
    this.cases = cases;
    this.invoices = invoices;
    this.customers = customers;
    this.policies = policies;
    this.thanks = thanks;
    this.emails = emails;
  }

  /**
   * Thanks the customer for the case's invoice if the books show it paid (not owed again, written
   * off or voided meanwhile), the customer's cadence policy thanks, and the customer takes such
   * emails.
   */
  public void thankForPayment(long caseId, String key) {
    Invoice invoice =
        cases
            .findById(caseId)
            .flatMap(closed -> invoices.findById(closed.invoiceId()))
            .orElseThrow();
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    if (invoice.getStatus() != InvoiceStatus.PAID
        || !emails.reach(customer)
        || !thanks.thankWhenPaid(policyOf(customer))) {
      return;
    }
    emails.send(
        MessageKind.THANK_YOU,
        key,
        caseId,
        customer,
        Map.of(
            "invoice",
            invoice.getNumber(),
            "amount",
            emails.formats(customer).amount(invoice.getAmountPaid(), invoice.getCurrency())));
  }

  /** The cadence policy the customer's cases run: their own, else their segment's, else default. */
  private String policyOf(Customer customer) {
    String named =
        policies
            .overrides(List.of(customer.getId()))
            .getOrDefault(customer.getId(), customer.getSegment());
    return named != null && policies.find(named).isPresent() ? named : DEFAULT_POLICY;
  }
}
