package app.recoup.web.payments;

import app.recoup.api.payments.ExceptionResolver;
import app.recoup.api.payments.ResolutionRefused;
import app.recoup.api.payments.ResolveRequest;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.payments.exceptions.PaymentException;
import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import app.recoup.ledger.payments.exceptions.Resolution;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment exception queue as a page: money cash application could not place, and chargebacks,
 * each settled through the same resolver as {@code /api/payment-exceptions}.
 */
@Controller
class PaymentExceptionPageController {

  private final PaymentExceptions exceptions;
  private final ExceptionResolver resolver;
  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final Clock clock;

  PaymentExceptionPageController(
      PaymentExceptions exceptions,
      ExceptionResolver resolver,
      CustomerRepository customers,
      InvoiceRepository invoices,
      Clock clock) {
    this.exceptions = exceptions;
    this.resolver = resolver;
    this.customers = customers;
    this.invoices = invoices;
    this.clock = clock;
  }

  @GetMapping("/payment-exceptions")
  String list(Model model) {
    List<PaymentException> open = exceptions.list("OPEN");
    Map<Long, String> names =
        customers
            .findAllById(
                open.stream().map(PaymentException::customerId).filter(Objects::nonNull).toList())
            .stream()
            .collect(Collectors.toMap(Customer::getId, Customer::getName));
    Instant now = clock.instant();
    model.addAttribute(
        "rows",
        open.stream().map(e -> ExceptionRow.of(e, names.get(e.customerId()), now)).toList());
    return "payment-exceptions";
  }

  /**
   * A row's resolution form: the action and, by the action, the invoice, the customer's name or a
   * note. An unknown action is a binding error and leaves none (a bean, not a record: a record
   * whose field fails to bind is not made at all).
   */
  static class ResolveForm {

    private Resolution action;
    private String invoiceNumber = "";
    private String customer = "";
    private String note = "";

    public Resolution getAction() {
      return action;
    }

    public void setAction(Resolution action) {
      this.action = action;
    }

    public String getInvoiceNumber() {
      return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
    }

    public String getCustomer() {
      return customer;
    }

    public void setCustomer(String customer) {
      this.customer = customer;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  @PostMapping("/payment-exceptions/{id}/resolve")
  String resolve(
      @PathVariable long id,
      @ModelAttribute ResolveForm form,
      BindingResult binding,
      Principal user,
      RedirectAttributes redirect) {
    String invoiceNumber = form.getInvoiceNumber();
    String customer = form.getCustomer();
    String note = form.getNote();
    try {
      if (form.getAction() == null) {
        throw new ResolutionRefused(400, "Choose apply, refund, credit, reverse or dismiss.");
      }
      PaymentException settled =
          resolver.resolve(
              id,
              new ResolveRequest(
                  form.getAction(),
                  blankToNull(invoiceNumber),
                  customerId(customer),
                  blankToNull(note)),
              user.getName());
      redirect.addFlashAttribute("notice", outcome(settled, invoiceNumber.trim()));
      return "redirect:/payment-exceptions";
    } catch (ResolutionRefused refused) {
      PaymentException current =
          exceptions
              .find(id)
              .orElseThrow(
                  () -> new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage()));
      if (!current.isOpen()) {
        redirect.addFlashAttribute("alert", refused.getMessage());
        return "redirect:/payment-exceptions";
      }
      String row = String.valueOf(id);
      redirect.addFlashAttribute("rowErrors", Map.of(row, refused.getMessage()));
      redirect.addFlashAttribute(
          "rowForm",
          Map.of(row, Map.of("invoiceNumber", invoiceNumber, "customer", customer, "note", note)));
      return "redirect:/payment-exceptions#exception-" + id;
    }
  }

  /** The credit form names the customer when the payment did not. */
  private Long customerId(String name) {
    if (name.isBlank()) {
      return null;
    }
    return customers
        .findByNameIgnoreCase(name.trim())
        .map(Customer::getId)
        .orElseThrow(
            () -> new ResolutionRefused(400, "No customer is called " + name.trim() + "."));
  }

  private String outcome(PaymentException settled, String invoiceNumber) {
    String money = money(settled.currency(), settled.amount());
    return switch (settled.resolution()) {
      case APPLY ->
          invoices
              .findByNumber(invoiceNumber)
              .map(
                  i ->
                      money
                          + " applied to "
                          + i.getNumber()
                          + ", which now owes "
                          + money(i.getCurrency(), i.getBalance())
                          + ".")
              .orElseThrow();
      case CREDIT -> money + " kept as the customer's credit.";
      case REFUND -> money + " recorded as refunded to the payer.";
      case REVERSE -> "Chargeback lost: " + money + " taken back from the invoice.";
      case DISMISS -> "Chargeback won: " + money + " stays paid.";
    };
  }

  private static String money(String currency, BigDecimal amount) {
    return String.format(Locale.ROOT, "%s %,.2f", currency, amount);
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value.trim();
  }
}
