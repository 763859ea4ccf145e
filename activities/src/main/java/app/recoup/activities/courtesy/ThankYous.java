package app.recoup.activities.courtesy;

import app.recoup.activities.messaging.drafting.CourtesyDrafts;
import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.LocalFormats;
import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.activities.messaging.email.ReminderEmails;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.EmailRecipients;
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
  private final MessageLanguages languages;
  private final CourtesyDrafts drafts;
  private final ReminderEmails emails;
  private final CadencePolicies policies;
  private final PolicyThanks thanks;

  ThankYous(
      CollectionCases cases,
      InvoiceRepository invoices,
      CustomerRepository customers,
      MessageLanguages languages,
      CourtesyDrafts drafts,
      ReminderEmails emails,
      CadencePolicies policies,
      PolicyThanks thanks) {
    this.cases = cases;
    this.invoices = invoices;
    this.customers = customers;
    this.languages = languages;
    this.drafts = drafts;
    this.emails = emails;
    this.policies = policies;
    this.thanks = thanks;
  }

  /**
   * Thanks the customer for the case's invoice if the books show it paid (not owed again, written
   * off or voided meanwhile), the customer's cadence policy thanks, the customer takes automated
   * messages and has an email address.
   */
  public void thankForPayment(long caseId, String key) {
    Invoice invoice =
        cases
            .findById(caseId)
            .flatMap(closed -> invoices.findById(closed.invoiceId()))
            .orElseThrow();
    Customer customer = customers.findById(invoice.getCustomerId()).orElseThrow();
    EmailRecipients mail = customer.emailRecipients();
    if (invoice.getStatus() != InvoiceStatus.PAID
        || customer.isExcludedFromAutomation()
        || mail.none()
        || !thanks.thankWhenPaid(policyOf(customer))) {
      return;
    }
    String language = languages.of(customer);
    LocalFormats formats = new LocalFormats(languages.locale(language), customer.zone());
    Contact contact = customer.billingContact();
    Draft draft =
        drafts.draft(
            MessageKind.THANK_YOU,
            language,
            Map.of(
                "contact",
                contact == null || contact.name() == null ? customer.getName() : contact.name(),
                "invoice",
                invoice.getNumber(),
                "amount",
                formats.amount(invoice.getAmountPaid(), invoice.getCurrency())));
    emails.sendCourtesy(
        MessageKind.THANK_YOU,
        key,
        caseId,
        customer.getId(),
        String.join(", ", mail.to()),
        mail.cc(),
        draft.subject(),
        draft.text());
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
