package app.recoup.web.customers;

import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.workflows.vocabulary.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The customer a page or form names, or 404. */
@Component
class KnownCustomers {

  private final CustomerRepository customers;

  KnownCustomers(CustomerRepository customers) {
    this.customers = customers;
  }

  Customer get(long id) {
    return customers
        .findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + id));
  }

  Customer save(Customer customer) {
    return customers.save(customer);
  }

  /** Why a change is refused when it would leave reminders nowhere to go. */
  static String unreachable(Channel channel) {
    return switch (channel) {
      case EMAIL ->
          "Reminders go by email: the primary contact needs an email address (or switch the channel to SMS).";
      case SMS ->
          "Reminders go by SMS: the primary contact needs a phone number (or switch the channel to email).";
      case WHATSAPP ->
          "Reminders go by WhatsApp: the primary contact needs a phone number (or switch the channel to email).";
    };
  }
}
