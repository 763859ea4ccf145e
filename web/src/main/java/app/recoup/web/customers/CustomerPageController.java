package app.recoup.web.customers;

import app.recoup.activities.messaging.drafting.MessageLanguages;
import app.recoup.ledger.audit.AuditLog;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerDirectory;
import app.recoup.ledger.customers.CustomerSummary;
import app.recoup.ledger.customers.Languages;
import app.recoup.ledger.customers.Tone;
import app.recoup.web.credit.CustomerCredit;
import app.recoup.workflows.vocabulary.Channel;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customers: the list, and each one's contacts, settings and open invoices. */
@Controller
class CustomerPageController {

  static final int PAGE_SIZE = 50;

  private final CustomerDirectory directory;
  private final KnownCustomers customers;
  private final AuditLog audit;
  private final CustomerCredit credit;
  private final MessageLanguages messageLanguages;

  CustomerPageController(
      CustomerDirectory directory,
      KnownCustomers customers,
      AuditLog audit,
      CustomerCredit credit,
      MessageLanguages messageLanguages) {
    this.messageLanguages = messageLanguages;
    this.directory = directory;
    this.customers = customers;
    this.audit = audit;
    this.credit = credit;
  }

  @GetMapping("/customers")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String after,
      Model model) {
    List<CustomerSummary> page = directory.page(q, after, PAGE_SIZE + 1);
    model.addAttribute("q", q);
    model.addAttribute("customers", page.subList(0, Math.min(PAGE_SIZE, page.size())));
    model.addAttribute(
        "nextAfter", page.size() > PAGE_SIZE ? page.get(PAGE_SIZE - 1).name() : null);
    model.addAttribute("paged", after != null);
    return "customers";
  }

  @GetMapping("/customers/{id}")
  String show(@PathVariable long id, Model model) {
    Customer customer = customers.get(id);
    model.addAttribute("customer", customer);
    model.addAttribute(
        "unreachable",
        customer.reachable() ? null : KnownCustomers.unreachable(customer.getPreferredChannel()));
    model.addAttribute("invoices", directory.openInvoices(id));
    model.addAttribute("credits", credit.balances(id));
    model.addAttribute("creditEntry", UUID.randomUUID().toString());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("tones", Tone.values());
    model.addAttribute("languages", MessageLanguages.shippedNames());
    model.addAttribute("defaultLanguage", Languages.name(messageLanguages.defaultLanguage()));
    return "customer";
  }

  @PostMapping("/customers/{id}")
  String update(
      @PathVariable long id,
      CustomerSettings settings,
      Principal user,
      RedirectAttributes redirect) {
    Customer customer = customers.get(id);
    Map<String, String> errors = settings.errors();
    if (errors.isEmpty()) {
      boolean wasReachable = customer.reachable();
      settings.applyTo(customer);
      if (wasReachable && !customer.reachable()) {
        errors.put("channel", KnownCustomers.unreachable(customer.getPreferredChannel()));
      }
    }
    if (errors.isEmpty()) {
      customers.save(customer);
      audit.record(
          user.getName(), "CUSTOMER_SETTINGS_CHANGED", customer.getName() + ": " + settings);
      redirect.addFlashAttribute("notice", "Saved.");
    } else {
      redirect.addFlashAttribute("errors", errors);
      redirect.addFlashAttribute("form", settings);
    }
    return "redirect:/customers/" + id;
  }
}
