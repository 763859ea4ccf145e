package app.recoup.ledger.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The customer's writes that an aggregate save cannot express: the import's set-based upsert of
 * customers and their billing contacts, and marking a bounced address. With {@link
 * CustomerRepository}'s saves, the only SQL that writes {@code customer} and {@code
 * customer_contact}.
 */
public interface CustomerWrites {

  /**
   * Creates the customers an import names (matched by PostgreSQL's {@code lower(name)}), sets the
   * zone and language a row gives, updates or adds each one's billing contact, and adds or marks CC
   * the contacts it copies. Two spellings of one name are one customer: the later fact decides.
   *
   * @return each customer's id by the name the import gave
   */
  Map<String, Long> upsertImported(Collection<ImportedCustomer> customers);

  /** Marks every contact with this email address as bounced. */
  void markEmailBounced(String email);

  /**
   * What an import says about a customer; null means the file left it blank. {@code copied} are
   * addresses to copy on its email reminders: contacts with them are added or marked CC.
   */
  record ImportedCustomer(
      String name,
      String timeZone,
      String email,
      String phone,
      String language,
      List<String> copied) {

    public ImportedCustomer {
      copied = copied == null ? List.of() : List.copyOf(copied);
    }

    /** These facts with what a later row said in their place. */
    public ImportedCustomer updatedBy(ImportedCustomer later) {
      return new ImportedCustomer(
          name,
          later.timeZone != null ? later.timeZone : timeZone,
          later.email != null ? later.email : email,
          later.phone != null ? later.phone : phone,
          later.language != null ? later.language : language,
          later.copied.isEmpty() ? copied : later.copied);
    }

    boolean hasContact() {
      return email != null || phone != null;
    }
  }
}
