package app.recoup.api.customers;

import app.recoup.api.problems.Problems;
import app.recoup.api.process.Callers;
import app.recoup.ledger.audit.AuditLog;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.customers.EmailRecipients;
import app.recoup.ledger.customers.ReminderCopy;
import app.recoup.workflows.vocabulary.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's contacts and who of them receives email reminders: addressed (TO), copied (CC) or
 * not at all (NONE). The primary contact is always addressed, as on the customer page.
 */
@Tag(name = "customers")
@RestController
class CustomerContactsApiController {

  private static final String ROLES = "TO, CC or NONE";

  private final CustomerRepository customers;
  private final AuditLog audit;

  CustomerContactsApiController(CustomerRepository customers, AuditLog audit) {
    this.customers = customers;
    this.audit = audit;
  }

  record RemindersRequest(@Schema(description = ROLES, example = "CC") String reminders) {}

  record ContactView(
      @Schema(description = "the contact's position, as used in the contact's own routes")
          int index,
      String name,
      String email,
      String phone,
      @Schema(description = "the primary contact reminders go to") boolean primary,
      @Schema(description = "how the contact receives email reminders: " + ROLES)
          ReminderCopy reminders,
      @Schema(description = "whether mail to the address bounced hard (it then gets none)")
          boolean emailBounced) {}

  record Contacts(
      long customer,
      List<ContactView> contacts,
      @Schema(description = "where the next email reminder goes") EmailRecipients recipients) {}

  @Operation(summary = "The customer's contacts and who receives its email reminders")
  @GetMapping("/api/customers/{id}/contacts")
  ResponseEntity<?> contacts(@PathVariable long id) {
    return customers
        .findById(id)
        .<ResponseEntity<?>>map(customer -> ResponseEntity.ok(answer(customer)))
        .orElseGet(() -> Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id));
  }

  @Operation(summary = "Address (TO), copy (CC) or leave out (NONE) a contact on email reminders")
  @PutMapping("/api/customers/{id}/contacts/{index}/reminders")
  ResponseEntity<?> setReminders(
      @PathVariable long id,
      @PathVariable int index,
      @RequestBody(required = false) RemindersRequest request,
      Authentication user) {
    String actor = Callers.mayDecide(user);
    Optional<Customer> found = customers.findById(id);
    if (found.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No customer " + id);
    }
    Customer customer = found.get();
    if (index < 0 || index >= customer.getContacts().size()) {
      return Problems.answer(
          HttpStatus.NOT_FOUND, "Customer " + id + " has no contact " + index, "index");
    }
    String given = request == null || request.reminders() == null ? "" : request.reminders();
    Optional<ReminderCopy> reminders =
        Arrays.stream(ReminderCopy.values())
            .filter(role -> role.name().equalsIgnoreCase(given.strip()))
            .findFirst();
    if (reminders.isEmpty()) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "reminders must be " + ROLES + (given.isBlank() ? "" : ", not '" + given + "'"),
          "reminders");
    }
    Contact contact = customer.getContacts().get(index);
    if (contact.billing() && reminders.get() != ReminderCopy.TO) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "The primary contact is always addressed (TO): make another contact primary first",
          "reminders");
    }
    if (reminders.get() != ReminderCopy.NONE && !contact.reachableBy(Channel.EMAIL)) {
      return Problems.answer(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Contact " + index + " has no email address to send reminders to",
          "reminders");
    }
    customer.changeReminders(index, reminders.get());
    Customer saved = customers.save(customer);
    audit.record(
        actor,
        "CUSTOMER_CONTACT_REMINDERS_CHANGED",
        saved.getName() + ": " + contact.email() + " " + reminders.get());
    return ResponseEntity.ok(answer(saved));
  }

  private static Contacts answer(Customer customer) {
    List<Contact> contacts = customer.getContacts();
    return new Contacts(
        customer.getId(),
        IntStream.range(0, contacts.size())
            .mapToObj(
                i -> {
                  Contact contact = contacts.get(i);
                  return new ContactView(
                      i,
                      contact.name(),
                      contact.email(),
                      contact.phone(),
                      contact.billing(),
                      contact.emailReminders(),
                      contact.emailBouncedAt() != null);
                })
            .toList(),
        customer.emailRecipients());
  }
}
