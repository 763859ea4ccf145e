package app.recoup.ledger.customers;

import app.recoup.workflows.vocabulary.Channel;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person at the customer. The first one flagged billing is the primary contact reminders go to;
 * {@code emailBouncedAt} is when mail to the address last bounced hard.
 */
@Table("customer_contact")
public record Contact(
    String name, String email, String phone, boolean billing, Instant emailBouncedAt) {

  public static Contact billing(String name, String email, String phone) {
    return new Contact(name, email, phone, true, null);
  }

  public static Contact other(String name, String email, String phone) {
    return new Contact(name, email, phone, false, null);
  }

  /** The same person with new details; a changed address has not bounced (yet). */
  public Contact withDetails(String name, String email, String phone) {
    boolean sameEmail = email != null && email.equalsIgnoreCase(this.email);
    return new Contact(name, email, phone, billing, sameEmail ? emailBouncedAt : null);
  }

  /** Whether reminders by this channel have an address to go to (SMS and WhatsApp: the phone). */
  public boolean reachableBy(Channel channel) {
    String address = channel == Channel.EMAIL ? email : phone;
    return address != null && !address.isBlank();
  }

  Contact withBilling(boolean billing) {
    return new Contact(name, email, phone, billing, emailBouncedAt);
  }
}
