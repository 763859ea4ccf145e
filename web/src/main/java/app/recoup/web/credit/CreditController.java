package app.recoup.web.credit;

import app.recoup.api.credits.CreditRefused;
import app.recoup.api.credits.CustomerCreditApplication;
import app.recoup.api.process.Callers;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Applies a customer's credit from the pages: on the case page to the case's invoice, on the
 * customer page to the open invoice chosen. The same application as {@code POST
 * /api/customers/{id}/credit/apply}; a refusal lands next to the form.
 */
@Controller
class CreditController {

  private final CustomerCreditApplication application;
  private final CaseFiles files;

  CreditController(CustomerCreditApplication application, CaseFiles files) {
    this.application = application;
    this.files = files;
  }

  @PostMapping("/cases/{invoiceNumber}/credit")
  String applyOnCase(
      @PathVariable String invoiceNumber,
      @Valid CreditForm form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    CaseHeader header =
        files
            .header(invoiceNumber)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No collection case for invoice " + invoiceNumber));
    apply(header.customerId(), invoiceNumber, form, binding, user, redirect);
    return "redirect:/cases/"
        + UriUtils.encodePathSegment(invoiceNumber, StandardCharsets.UTF_8)
        + "#credit";
  }

  @PostMapping("/customers/{id}/credit")
  String applyOnCustomer(
      @PathVariable long id,
      @Valid CreditForm form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    apply(id, form.invoice, form, binding, user, redirect);
    return "redirect:/customers/" + id + "#credit";
  }

  private void apply(
      long customerId,
      String invoiceNumber,
      CreditForm form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      redirect.addFlashAttribute(
          "creditError",
          binding.hasFieldErrors("amount")
              ? "Enter an amount, such as 150.00."
              : binding.getAllErrors().get(0).getDefaultMessage());
      return;
    }
    try {
      var applied =
          application.apply(
              customerId,
              invoiceNumber,
              form.amount,
              null,
              Callers.mayDecide(user),
              form.entry == null || form.entry.isBlank()
                  ? UUID.randomUUID().toString()
                  : form.entry);
      redirect.addFlashAttribute(
          "creditNotice",
          "Credit of %s %s applied to %s; %s %s left to collect."
              .formatted(
                  applied.currency(),
                  money(applied.amount(), applied.currency()),
                  applied.invoice(),
                  applied.currency(),
                  money(applied.invoiceBalance().max(BigDecimal.ZERO), applied.currency())));
    } catch (CreditRefused refused) {
      redirect.addFlashAttribute("creditError", capitalised(refused.getMessage()) + ".");
    } catch (CommandRefused refused) {
      redirect.addFlashAttribute("creditError", refused.asSentence());
    }
  }

  private static String money(BigDecimal amount, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
