package app.recoup.ledger.customers;

import app.recoup.workflows.vocabulary.Channel;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person at the customer. The first one flagged billing is the primary contact reminders go to;
 * {@code reminders} says whether email reminders also go (or are copied) to the others; {@code
 * emailBouncedAt} is when mail to the address last bounced hard.
 */
@Table("customer_contact")
public record Contact(
    String name,
    String email,
    String phone,
    boolean billing,
    Instant emailBouncedAt,
    ReminderCopy reminders) {

  public Contact {
    reminders = reminders == null ? ReminderCopy.NONE : reminders;
  }

  public static Contact billing(String name, String email, String phone) {
    return new Contact(name, email, phone, true, null, ReminderCopy.TO);
  }

  public static Contact other(String name, String email, String phone) {
    return new Contact(name, email, phone, false, null, ReminderCopy.NONE);
  }

  /** How this contact receives email reminders: the primary contact is always addressed. */
  public ReminderCopy emailReminders() {
    return billing ? ReminderCopy.TO : reminders;
  }

  /** Whether email reminders can reach this contact: an address that has not bounced. */
  public boolean emailable() {
    return email != null && !email.isBlank() && emailBouncedAt == null;
  }

  public Contact withReminders(ReminderCopy reminders) {
    return new Contact(name, email, phone, billing, emailBouncedAt, reminders);
  }

  /** The same person with new details; a changed address has not bounced (yet). */
  public Contact withDetails(String name, String email, String phone) {
    boolean sameEmail = email != null && email.equalsIgnoreCase(this.email);
    return new Contact(name, email, phone, billing, sameEmail ? emailBouncedAt : null, reminders);
  }

  /** Whether reminders by this channel have an address to go to (SMS and WhatsApp: the phone). */
  public boolean reachableBy(Channel channel) {
    String address = channel == Channel.EMAIL ? email : phone;
    return address != null && !address.isBlank();
  }

  Contact withBilling(boolean billing) {
    return new Contact(name, email, phone, billing, emailBouncedAt, reminders);
  }
}
