package app.recoup.activities.courtesy;

import app.recoup.activities.messaging.drafting.CourtesyDrafts;
import app.recoup.activities.messaging.drafting.Draft;
import app.recoup.activities.messaging.drafting.LocalFormats;
import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.activities.messaging.email.ReminderEmails;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.messaging.MessageKind;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Thank-yous and receipts as emails to the customer's "to" and "cc" contacts, worded in their
 * language, with {@code contact} (the billing contact's name, else the customer's) among the facts.
 */
@Component
class CourtesyEmails {

  private final MessageLanguages languages;
  private final CourtesyDrafts drafts;
  private final ReminderEmails emails;

  CourtesyEmails(MessageLanguages languages, CourtesyDrafts drafts, ReminderEmails emails) {
    this.languages = languages;
    this.drafts = drafts;
    this.emails = emails;
  }

  /** Whether the customer takes them: not excluded from automation, and has an email address. */
  boolean reach(Customer customer) {
    return !customer.isExcludedFromAutomation() && !customer.emailRecipients().none();
  }

  /** Amounts and dates as the customer reads them. */
  LocalFormats formats(Customer customer) {
    return new LocalFormats(languages.locale(languages.of(customer)), customer.zone());
  }

  /** Sends once per key. */
  void send(
      MessageKind kind, String key, Long caseId, Customer customer, Map<String, Object> facts) {
    Contact contact = customer.billingContact();
    Map<String, Object> model = new HashMap<>(facts);
    model.put(
        "contact", contact == null || contact.name() == null ? customer.getName() : contact.name());
    Draft draft = drafts.draft(kind, languages.of(customer), model);
    EmailRecipients mail = customer.emailRecipients();
    emails.send(
        new ReminderEmails.Email(
            kind,
            key,
            caseId,
            customer.getId(),
            String.join(", ", mail.to()),
            mail.cc(),
            draft.subject(),
            draft.text()),
        ReminderEmails.Statement.NONE);
  }
}
