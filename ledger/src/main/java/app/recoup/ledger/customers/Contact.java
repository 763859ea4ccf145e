package app.recoup.ledger.customers;

import org.springframework.data.relational.core.mapping.Table;

/** A person at the customer who receives reminders. */
@Table("customer_contact")
public record Contact(String name, String email, String phone, boolean billing) {

  public static Contact billing(String name, String email, String phone) {
    return new Contact(name, email, phone, true);
  }
}
