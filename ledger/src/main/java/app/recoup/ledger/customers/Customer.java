package app.recoup.ledger.customers;

import app.recoup.workflows.vocabulary.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A business the team invoices, with how and when it wants to be reminded. */
@Table("customer")
public class Customer {

  @Id private Long id;
  private String name;
  private String timeZone = "UTC";
  private Channel preferredChannel = Channel.EMAIL;
  private Tone tone = Tone.FRIENDLY;
  private String segment = "default";
  private boolean excludedFromAutomation;
  private boolean trustedForAutoSend;
  private String language;
  private Instant createdAt = Instant.now();
  private Instant updatedAt = Instant.now();
  @Version private Long version;

  @MappedCollection(idColumn = "customer_id", keyColumn = "position")
  private List<Contact> contacts = new ArrayList<>();

  protected Customer() {}

  public Customer(String name, ZoneId timeZone) {
    this.name = name;
    this.timeZone = timeZone.getId();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(ZoneId zone) {
    this.timeZone = zone.getId();
    touch();
  }

  public Channel getPreferredChannel() {
    return preferredChannel;
  }

  public void setPreferredChannel(Channel preferredChannel) {
    this.preferredChannel = preferredChannel;
    touch();
  }

  public Tone getTone() {
    return tone;
  }

  public void setTone(Tone tone) {
    this.tone = tone;
    touch();
  }

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
    touch();
  }

  public boolean isExcludedFromAutomation() {
    return excludedFromAutomation;
  }

  public void setExcludedFromAutomation(boolean excludedFromAutomation) {
    this.excludedFromAutomation = excludedFromAutomation;
    touch();
  }

  public boolean isTrustedForAutoSend() {
    return trustedForAutoSend;
  }

  public void setTrustedForAutoSend(boolean trustedForAutoSend) {
    this.trustedForAutoSend = trustedForAutoSend;
    touch();
  }

  /** ISO 639-1, such as {@code de}; null when the customer reads the business's own language. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
    touch();
  }

  public List<Contact> getContacts() {
    return List.copyOf(contacts);
  }

  /** The billing contact reminders go to: the first one listed. */
  public Contact billingContact() {
    int primary = primaryIndex();
    return primary < 0 ? null : contacts.get(primary);
  }

  /** Where the primary (billing) contact is in {@link #getContacts()}; -1 when there is none. */
  public int primaryIndex() {
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i).billing()) {
        return i;
      }
    }
    return -1;
  }

  public void replaceBillingContact(Contact contact) {
    contacts.removeIf(Contact::billing);
    contacts.add(0, contact);
    touch();
  }

  /**
   * Who email reminders go to: the primary contact and the contacts marked "to", with those marked
   * "cc" copied; addresses that bounced hard are left out, each on its own.
   */
  public EmailRecipients emailRecipients() {
    List<String> to = new ArrayList<>();
    List<String> cc = new ArrayList<>();
    for (Contact contact : contacts) {
      if (contact.emailable()) {
        switch (contact.emailReminders()) {
          case TO -> to.add(contact.email());
          case CC -> cc.add(contact.email());
          case NONE -> {}
        }
      }
    }
    return new EmailRecipients(
        to.stream().distinct().toList(),
        cc.stream().distinct().filter(address -> !to.contains(address)).toList());
  }

  /** Marks whether the contact at {@code index} receives (or is copied on) email reminders. */
  public void changeReminders(int index, ReminderCopy reminders) {
    contacts.set(index, contacts.get(index).withReminders(reminders));
    touch();
  }

  /** Whether the primary contact has an address for the channel reminders go by. */
  public boolean reachable() {
    Contact primary = billingContact();
    return primary != null && primary.reachableBy(preferredChannel);
  }

  /** A new contact; the first one, or one made primary, becomes the primary contact. */
  public void addContact(Contact contact, boolean primary) {
    contacts.add(contact.withBilling(false));
    if (primary || billingContact() == null) {
      makePrimary(contacts.size() - 1);
    }
    touch();
  }

  /**
   * @throws IndexOutOfBoundsException when there is no contact at {@code index}
   */
  public void changeContact(int index, String name, String email, String phone) {
    contacts.set(index, contacts.get(index).withDetails(name, email, phone));
    touch();
  }

  /** Removing the primary contact makes the next one primary. */
  public void removeContact(int index) {
    contacts.remove(index);
    if (billingContact() == null && !contacts.isEmpty()) {
      makePrimary(0);
    }
    touch();
  }

  /** The contact moves to the top as the only billing contact, which imports keep up to date. */
  public void makePrimary(int index) {
    Contact primary = contacts.remove(index).withBilling(true);
    contacts.replaceAll(contact -> contact.withBilling(false));
    contacts.add(0, primary);
    touch();
  }

  public Long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  private void touch() {
    updatedAt = Instant.now();
  }
}
