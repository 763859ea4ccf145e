package app.recoup.web.customers;

import app.recoup.ledger.audit.AuditLog;
import app.recoup.ledger.customers.Contact;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.ReminderCopy;
import app.recoup.workflows.vocabulary.Channel;
import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, changing and removing a customer's contacts, and choosing the primary one reminders go
 * to. Every form carries the version of the customer it was shown with, so a contact is never
 * changed by its position in a list someone else has changed meanwhile.
 */
@Controller
class CustomerContactsController {

  private final KnownCustomers customers;
  private final AuditLog audit;

  CustomerContactsController(KnownCustomers customers, AuditLog audit) {
    this.customers = customers;
    this.audit = audit;
  }

  @PostMapping("/customers/{id}/contacts")
  String add(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      ContactForm form,
      Principal user,
      RedirectAttributes redirect) {
    return change(
        id,
        version,
        "new",
        form,
        user,
        redirect,
        customer ->
            customer.addContact(
                Contact.other(form.cleanName(), form.cleanEmail(), form.cleanPhone()),
                form.makePrimary()),
        "CUSTOMER_CONTACT_ADDED",
        "Contact added.");
  }

  @PostMapping("/customers/{id}/contacts/{index}")
  String edit(
      @PathVariable long id,
      @PathVariable int index,
      @RequestParam(required = false) Long version,
      ContactForm form,
      Principal user,
      RedirectAttributes redirect) {
    return change(
        id,
        version,
        String.valueOf(index),
        form,
        user,
        redirect,
        customer ->
            customer.changeContact(
                existing(customer, index), form.cleanName(), form.cleanEmail(), form.cleanPhone()),
        "CUSTOMER_CONTACT_CHANGED",
        "Contact saved.");
  }

  @PostMapping("/customers/{id}/contacts/{index}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable int index,
      @RequestParam(required = false) Long version,
      Principal user,
      RedirectAttributes redirect) {
    return rearrange(
        id,
        version,
        index,
        user,
        redirect,
        Customer::removeContact,
        "CUSTOMER_CONTACT_REMOVED",
        "Contact removed.");
  }

  @PostMapping("/customers/{id}/contacts/{index}/primary")
  String primary(
      @PathVariable long id,
      @PathVariable int index,
      @RequestParam(required = false) Long version,
      Principal user,
      RedirectAttributes redirect) {
    return rearrange(
        id,
        version,
        index,
        user,
        redirect,
        Customer::makePrimary,
        "CUSTOMER_PRIMARY_CONTACT_CHANGED",
        "Primary contact changed.");
  }

  @PostMapping("/customers/{id}/contacts/{index}/reminders")
  String reminders(
      @PathVariable long id,
      @PathVariable int index,
      @RequestParam(required = false) Long version,
      @RequestParam ReminderCopy reminders,
      Principal user,
      RedirectAttributes redirect) {
    return rearrange(
        id,
        version,
        index,
        user,
        redirect,
        (customer, row) -> customer.changeReminders(row, reminders),
        "CUSTOMER_CONTACT_REMINDERS_CHANGED",
        "Reminder recipients changed.");
  }

  private String change(
      long id,
      Long version,
      String row,
      ContactForm form,
      Principal user,
      RedirectAttributes redirect,
      Consumer<Customer> apply,
      String action,
      String notice) {
    Map<String, String> errors = form.errors();
    if (!errors.isEmpty()) {
      return refused(id, row, form, errors, redirect);
    }
    return update(
        id,
        version,
        user,
        redirect,
        action,
        notice,
        customer -> {
          apply.accept(customer);
          return form.describe();
        },
        channel ->
            refused(
                id,
                row,
                form,
                Map.of(
                    channel == Channel.EMAIL ? "email" : "phone",
                    KnownCustomers.unreachable(channel)),
                redirect));
  }

  private String rearrange(
      long id,
      Long version,
      int index,
      Principal user,
      RedirectAttributes redirect,
      ObjIntConsumer<Customer> apply,
      String action,
      String notice) {
    return update(
        id,
        version,
        user,
        redirect,
        action,
        notice,
        customer -> {
          Contact contact = customer.getContacts().get(existing(customer, index));
          apply.accept(customer, index);
          return new ContactForm(contact.name(), contact.email(), contact.phone(), null).describe();
        },
        channel -> {
          redirect.addFlashAttribute("contactsAlert", KnownCustomers.unreachable(channel));
          return back(id);
        });
  }

  /**
   * Applies a change (which answers what to write in the audit log) and saves it, unless the form
   * was shown with an older customer or the change leaves reminders nowhere to go.
   */
  private String update(
      long id,
      Long version,
      Principal user,
      RedirectAttributes redirect,
      String action,
      String notice,
      Function<Customer, String> change,
      Function<Channel, String> unreachable) {
    Customer customer = customers.get(id);
    if (!Objects.equals(customer.getVersion(), version)) {
      redirect.addFlashAttribute(
          "contactsAlert",
          "Someone changed this customer meanwhile: check the contacts below and try again.");
      return back(id);
    }
    boolean wasReachable = customer.reachable();
    String details = change.apply(customer);
    if (wasReachable && !customer.reachable()) {
      return unreachable.apply(customer.getPreferredChannel());
    }
    customers.save(customer);
    audit.record(user.getName(), action, customer.getName() + ": " + details);
    redirect.addFlashAttribute("contactsNotice", notice);
    return back(id);
  }

  private static String refused(
      long id,
      String row,
      ContactForm form,
      Map<String, String> errors,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("contactRow", row);
    redirect.addFlashAttribute("contactErrors", errors);
    redirect.addFlashAttribute("contactForm", form);
    return back(id) + "#contact-" + row;
  }

  private static int existing(Customer customer, int index) {
    if (index < 0 || index >= customer.getContacts().size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact " + index);
    }
    return index;
  }

  private static String back(long id) {
    return "redirect:/customers/" + id;
  }
}
