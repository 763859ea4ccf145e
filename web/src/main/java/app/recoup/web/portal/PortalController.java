package app.recoup.web.portal;

import app.recoup.activities.documents.InvoicePdf;
import app.recoup.activities.documents.StatementPdf;
import app.recoup.activities.portal.PortalAccess;
import app.recoup.activities.portal.PortalTokens;
import app.recoup.activities.portal.TokenRejected;
import app.recoup.api.portal.PortalActions;
import app.recoup.api.portal.PortalCheckout;
import app.recoup.api.portal.PortalCheckout.PaymentProviderUnavailable;
import app.recoup.api.portal.PortalRefusal;
import app.recoup.ledger.customers.Customer;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.payments.portal.CustomerStatement;
import app.recoup.ledger.payments.portal.DisputeReason;
import app.recoup.ledger.payments.portal.StatementLine;
import app.recoup.web.credit.CustomerCredit;
import app.recoup.web.documents.Pdfs;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer's portal: no login, the signed token in the path is the credential. Every POST ends
 * in a redirect; a refused form comes back with the reason (400); a bad token gets a plain page.
 */
@Controller
@RequestMapping("/portal/{token}")
class PortalController {

  private final PortalTokens tokens;
  private final PortalActions actions;
  private final PortalCheckout checkout;
  private final CustomerRepository customers;
  private final CustomerStatement statement;
  private final PortalPlans portalPlans;
  private final String bankDetails;
  private final CustomerCredit credit;
  private final StatementPdf statementPdf;
  private final InvoicePdf invoicePdf;

  PortalController(
      PortalTokens tokens,
      PortalActions actions,
      PortalCheckout checkout,
      CustomerRepository customers,
      CustomerStatement statement,
      PortalPlans portalPlans,
      @Value("${recoup.business.bank-details:}") String bankDetails,
      CustomerCredit credit,
      StatementPdf statementPdf,
      InvoicePdf invoicePdf) {
    this.credit = credit;
    this.statementPdf = statementPdf;
    this.invoicePdf = invoicePdf;
    this.tokens = tokens;
    this.actions = actions;
    this.checkout = checkout;
    this.customers = customers;
    this.statement = statement;
    this.portalPlans = portalPlans;
    this.bankDetails = bankDetails;
  }

  @GetMapping
  String show(
      @PathVariable String token, @RequestParam(required = false) String done, Model model) {
    PortalAccess access = tokens.verify(token);
    model.addAttribute("done", done == null ? "" : done);
    return page(token, access, model);
  }

  @PostMapping("/pay")
  String pay(
      @PathVariable String token,
      @RequestParam(name = "invoice", required = false) List<String> invoices,
      Model model,
      HttpServletResponse response) {
    return act(
        token, model, response, access -> "redirect:" + checkout.checkout(access, token, invoices));
  }

  /**
   * The one-tap link every reminder carries: straight to card payment for that invoice when Stripe
   * is configured, otherwise to the portal's bank details.
   */
  @GetMapping("/pay/{invoice}")
  String payOne(
      @PathVariable String token,
      @PathVariable String invoice,
      Model model,
      HttpServletResponse response) {
    if (!checkout.enabled()) {
      tokens.verify(token);
      return "redirect:/portal/" + token + "#bank";
    }
    return act(
        token,
        model,
        response,
        access -> "redirect:" + checkout.checkout(access, token, List.of(invoice)));
  }

  @PostMapping("/promise")
  String promise(
      @PathVariable String token,
      @RequestParam(required = false) String invoice,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String amount,
      Model model,
      HttpServletResponse response) {
    return act(
        token,
        model,
        response,
        access -> {
          actions.promise(access, invoice, date(date), amount(amount));
          return "redirect:/portal/" + token + "?done=promise";
        });
  }

  @PostMapping("/payment-plan")
  String paymentPlan(
      @PathVariable String token,
      @RequestParam(required = false) String invoice,
      @RequestParam(required = false) String instalments,
      @RequestParam(required = false) String first,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    return act(
        token,
        model,
        response,
        access -> {
          actions.requestPlan(access, invoice, count(instalments), date(first), note);
          return "redirect:/portal/" + token + "?done=plan";
        });
  }

  @PostMapping("/dispute")
  String dispute(
      @PathVariable String token,
      @RequestParam(required = false) String invoice,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String message,
      Model model,
      HttpServletResponse response) {
    return act(
        token,
        model,
        response,
        access -> {
          actions.dispute(access, invoice, reason(reason), message);
          return "redirect:/portal/" + token + "?done=dispute";
        });
  }

  @GetMapping("/statement.csv")
  void statement(@PathVariable String token, HttpServletResponse response) throws IOException {
    PortalAccess access = tokens.verify(token);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"statement.csv\"");
    StatementCsv.write(statement.lines(access.customerId()), response.getWriter());
  }

  @GetMapping("/statement.pdf")
  ResponseEntity<byte[]> statementPdf(@PathVariable String token) {
    PortalAccess access = tokens.verify(token);
    return Pdfs.download(StatementPdf.FILENAME, statementPdf.render(access.customerId()));
  }

  /** A 404 for an invoice that is not this customer's, as for one that does not exist. */
  @GetMapping("/invoices/{invoice}.pdf")
  ResponseEntity<byte[]> invoicePdf(@PathVariable String token, @PathVariable String invoice) {
    PortalAccess access = tokens.verify(token);
    return invoicePdf
        .render(access.customerId(), invoice)
        .map(pdf -> Pdfs.download("invoice-" + invoice + ".pdf", pdf))
        .orElseThrow(() -> new TokenRejected(404, "There is no invoice " + invoice + " here."));
  }

  @ExceptionHandler(TokenRejected.class)
  ModelAndView rejected(TokenRejected rejected) {
    var view = new ModelAndView("portal-error");
    view.addObject("message", rejected.getMessage());
    view.setStatus(HttpStatus.valueOf(rejected.status()));
    return view;
  }

  /** Runs a form's action for a valid token; a refusal shows the page again with the reason. */
  private String act(
      String token,
      Model model,
      HttpServletResponse response,
      Function<PortalAccess, String> action) {
    PortalAccess access = tokens.verify(token);
    try {
      return action.apply(access);
    } catch (PortalRefusal refusal) {
      model.addAttribute("error", refusal.getMessage());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } catch (PaymentProviderUnavailable unavailable) {
      model.addAttribute(
          "error",
          "Card payment is unavailable right now. Please try again later or pay by bank transfer.");
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
    return page(token, access, model);
  }

  private String page(String token, PortalAccess access, Model model) {
    Customer customer =
        customers
            .findById(access.customerId())
            .orElseThrow(() -> new TokenRejected(404, "This link is not valid."));
    List<StatementLine> open =
        statement.lines(customer.getId()).stream().filter(StatementLine::isOpen).toList();
    LocalDate today = actions.today(customer.getId());
    model.addAttribute("token", token);
    model.addAttribute("customer", customer.getName());
    model.addAttribute(
        "invoices", open.stream().map(line -> PortalInvoice.of(line, today)).toList());
    model.addAttribute(
        "credits",
        credit.balances(customer.getId()).stream()
            .map(
                balance ->
                    Map.of(
                        "amount",
                        PortalInvoice.money(balance.credit(), balance.currency()),
                        "currency",
                        balance.currency()))
            .toList());
    model.addAttribute("cardPayments", checkout.enabled());
    model.addAttribute("bankDetails", bankDetails);
    model.addAttribute("promiseFrom", today.plusDays(1).toString());
    model.addAttribute("promiseUntil", today.plusDays(60).toString());
    model.addAttribute("reasons", DisputeReason.values());
    model.addAttribute("plans", portalPlans.of(open, today));
    model.addAttribute(
        "payAll",
        open.size() > 1 && open.stream().map(StatementLine::currency).distinct().count() == 1);
    model.asMap().putIfAbsent("done", "");
    model.asMap().putIfAbsent("error", "");
    return "portal";
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new PortalRefusal("date", "Enter the date as YYYY-MM-DD.");
    }
  }

  private static Integer count(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new PortalRefusal("instalments", "Choose how many payments.");
    }
  }

  private static BigDecimal amount(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.trim().replace(",", "."));
    } catch (NumberFormatException e) {
      throw new PortalRefusal("amount", "Enter the amount as a number, like 120.50.");
    }
  }

  private static DisputeReason reason(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DisputeReason.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new PortalRefusal("reason", "Choose one of the listed reasons.");
    }
  }
}
