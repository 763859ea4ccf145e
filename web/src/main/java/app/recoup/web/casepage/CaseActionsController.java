package app.recoup.web.casepage;

import app.recoup.api.payments.ManualPayments;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CommandRefused;
import app.recoup.api.process.FeeWaivers;
import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.web.casepage.CaseActionForms.DisputeForm;
import app.recoup.web.casepage.CaseActionForms.NextStepForm;
import app.recoup.web.casepage.CaseActionForms.NoteForm;
import app.recoup.web.casepage.CaseActionForms.PaymentForm;
import app.recoup.web.casepage.CaseActionForms.PromiseForm;
import app.recoup.web.casepage.CaseActionForms.ReasonForm;
import app.recoup.web.casepage.CaseActionForms.ResolveDisputeForm;
import app.recoup.web.casepage.CaseActionForms.SnoozeForm;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The collection process's actions on the case page. Each goes through the same case commands (or
 * cash application, for money) as the JSON API; what is wrong with the input, or what the case
 * refuses, comes back next to the field or the form that caused it. Every POST redirects.
 */
@Controller
@RequestMapping("/cases/{invoiceNumber}")
class CaseActionsController {

  static final int MAX_TEXT = 500;
  private static final int MAX_ENTRY_ID = 64;

  private final CaseFiles files;
  private final CaseCommands commands;
  private final FeeWaivers fees;
  private final ManualPayments payments;
  private final Clock clock;

  CaseActionsController(
      CaseFiles files,
      CaseCommands commands,
      FeeWaivers fees,
      ManualPayments payments,
      Clock clock) {
    this.files = files;
    this.commands = commands;
    this.fees = fees;
    this.payments = payments;
    this.clock = clock;
  }

  /** The forms' fields are bound directly; texts arrive trimmed, and a blank one as none. */
  @InitBinder
  void bindForms(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @PostMapping("/payment")
  String payment(
      @PathVariable String invoiceNumber,
      @Valid PaymentForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    CaseHeader header = header(invoiceNumber);
    Form form = new Form("payment", invoiceNumber, binding, redirect);
    BigDecimal paid = form.amount("amount", input.amount, header.currency());
    String entry = input.entry;
    if (entry == null || entry.length() > MAX_ENTRY_ID) {
      form.error("amount", "Reload the page and enter the payment again.");
    }
    if (form.failed()) {
      return form.done(null);
    }
    ManualPayments.Recorded recorded;
    try {
      recorded =
          payments.record(
              "page-" + entry,
              invoiceNumber,
              paid,
              header.currency(),
              clock.instant(),
              user.getName());
    } catch (ManualPayments.EntryConflict conflict) {
      form.error(
          "amount",
          "This form " + conflict.getMessage() + ". Reload the page to enter another payment.");
      return form.done(null);
    }
    if (recorded.recordedAlready()) {
      return form.done("This payment was recorded already.");
    }
    if (recorded.outcome().status() != NotificationStatus.PROCESSED) {
      form.error("amount", "Not applied: " + recorded.outcome().text());
      return form.done(null);
    }
    return form.done("Payment of " + header.currency() + " " + paid.toPlainString() + " recorded.");
  }

  @PostMapping("/promise")
  String promise(
      @PathVariable String invoiceNumber,
      @Valid PromiseForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    CaseHeader header = header(invoiceNumber);
    Form form = new Form("promise", invoiceNumber, binding, redirect);
    BigDecimal amount = form.amount("amount", input.amount, header.currency());
    return form.send(
        () -> commands.promise(invoiceNumber, input.date, amount, user),
        "Promise to pay recorded.");
  }

  @PostMapping("/dispute")
  String dispute(
      @PathVariable String invoiceNumber,
      @Valid DisputeForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("dispute", invoiceNumber, binding, redirect);
    return form.send(
        () ->
            commands.openDispute(
                invoiceNumber, "page-" + UUID.randomUUID(), input.reason, input.note, user),
        "Dispute opened.");
  }

  @PostMapping("/resolve-dispute")
  String resolveDispute(
      @PathVariable String invoiceNumber,
      @Valid ResolveDisputeForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("resolve", invoiceNumber, binding, redirect);
    String disputeId = Objects.requireNonNullElse(input.disputeId, "");
    return form.send(
        () ->
            commands.resolveDispute(
                invoiceNumber, disputeId, input.outcome, input.amount, input.note, user),
        "Dispute resolved.");
  }

  @PostMapping("/pause")
  String pause(
      @PathVariable String invoiceNumber,
      @Valid ReasonForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("pause", invoiceNumber, binding, redirect);
    return form.send(() -> commands.pause(invoiceNumber, input.reason, user), "Case paused.");
  }

  @PostMapping("/resume")
  String resume(
      @PathVariable String invoiceNumber,
      @Valid NoteForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("resume", invoiceNumber, binding, redirect);
    return form.send(() -> commands.resume(invoiceNumber, input.note, user), "Case resumed.");
  }

  @PostMapping("/snooze")
  String snooze(
      @PathVariable String invoiceNumber,
      @Valid SnoozeForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("snooze", invoiceNumber, binding, redirect);
    return form.send(
        () -> commands.snooze(invoiceNumber, input.until, input.reason, user), "Case snoozed.");
  }

  @PostMapping("/fees/{feeId}/waive")
  String waive(
      @PathVariable String invoiceNumber,
      @PathVariable long feeId,
      @Valid ReasonForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("waive-" + feeId, invoiceNumber, binding, redirect);
    return form.send(() -> fees.waive(invoiceNumber, feeId, input.reason, user), "Fee waived.");
  }

  @PostMapping("/write-off")
  String writeOff(
      @PathVariable String invoiceNumber,
      @Valid ReasonForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("write-off", invoiceNumber, binding, redirect);
    return form.send(
        () -> commands.writeOff(invoiceNumber, input.reason, user), "Invoice written off.");
  }

  @PostMapping("/next-step")
  String nextStep(
      @PathVariable String invoiceNumber,
      @Valid NextStepForm input,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("next-step", invoiceNumber, binding, redirect);
    return form.send(
        () -> commands.decideNextStep(invoiceNumber, input.choice, input.note, user),
        "Next step recorded.");
  }

  private CaseHeader header(String invoiceNumber) {
    return files.header(invoiceNumber).orElseThrow(() -> new NoSuchCaseException(invoiceNumber));
  }

  /** One submitted form: its field errors, and where the person goes next. */
  static final class Form {

    private final String name;
    private final String invoiceNumber;
    private final RedirectAttributes redirect;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * Starts with what binding and validation found: a field that could not be read says how to
     * fill it in; otherwise the field's rule speaks. The first word on a field stays.
     */
    Form(String name, String invoiceNumber, BindingResult binding, RedirectAttributes redirect) {
      this.name = name;
      this.invoiceNumber = invoiceNumber;
      this.redirect = redirect;
      for (FieldError wrong : binding.getFieldErrors()) {
        String message =
            wrong.isBindingFailure()
                ? CaseActionForms.UNREADABLE.get(binding.getFieldType(wrong.getField()))
                : wrong.getDefaultMessage();
        error(wrong.getField(), message);
      }
    }

    void error(String field, String message) {
      errors.putIfAbsent(name + "." + field, message);
    }

    boolean failed() {
      return !errors.isEmpty();
    }

    /** An amount in the case's currency: above zero, with no more decimals than it has. */
    BigDecimal amount(String field, BigDecimal amount, String currency) {
      if (amount == null) {
        return null;
      }
      int decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
      if (amount.signum() <= 0) {
        error(field, "Must be above zero.");
      } else if (amount.stripTrailingZeros().scale() > decimals) {
        error(field, currency + " has " + decimals + " decimals at most.");
      }
      return amount;
    }

    /** Sends the command when the input is valid; the case's refusal lands next to the form. */
    String send(Runnable command, String notice) {
      if (!failed()) {
        try {
          command.run();
        } catch (CommandRefused refused) {
          errors.put(name, refused.asSentence());
        }
      }
      return done(failed() ? null : notice);
    }

    String done(String notice) {
      String page =
          "redirect:/cases/" + UriUtils.encodePathSegment(invoiceNumber, StandardCharsets.UTF_8);
      if (failed()) {
        redirect.addFlashAttribute("actionErrors", errors);
        return page + "#" + name;
      }
      redirect.addFlashAttribute("notice", notice);
      return page;
    }
  }
}
