package app.recoup.web.casepage;

import app.recoup.api.payments.ManualPayments;
import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CommandRefused;
import app.recoup.api.process.FeeWaivers;
import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.payments.NotificationStatus;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The collection process's actions on the case page. Each goes through the same case commands
 * (or cash application, for money) as the JSON API; what is wrong with the input, or what the case
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
      CaseFiles files, CaseCommands commands, FeeWaivers fees, ManualPayments payments, Clock clock) {
    this.files = files;
    this.commands = commands;
    this.fees = fees;
    this.payments = payments;
    this.clock = clock;
  }

  @PostMapping("/payment")
  String payment(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "") String entry,
      Authentication user,
      RedirectAttributes redirect) {
    CaseHeader header = header(invoiceNumber);
    Form form = new Form("payment", invoiceNumber, redirect);
    BigDecimal paid = form.amount("amount", amount, header.currency());
    if (entry.isBlank() || entry.length() > MAX_ENTRY_ID) {
      form.error("amount", "Reload the page and enter the payment again.");
    }
    if (form.failed()) {
      return form.done(null);
    }
    ManualPayments.Recorded recorded;
    try {
      recorded = payments.record("page-" + entry, invoiceNumber, paid, header.currency(), clock.instant(), user.getName());
    } catch (ManualPayments.EntryConflict conflict) {
      form.error("amount", "This form " + conflict.getMessage() + ". Reload the page to enter another payment.");
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
      @RequestParam(defaultValue = "") String date,
      @RequestParam(defaultValue = "") String amount,
      Authentication user,
      RedirectAttributes redirect) {
    CaseHeader header = header(invoiceNumber);
    Form form = new Form("promise", invoiceNumber, redirect);
    LocalDate promised = form.date("date", date);
    BigDecimal promisedAmount = amount.isBlank() ? null : form.amount("amount", amount, header.currency());
    return form.send(() -> commands.promise(invoiceNumber, promised, promisedAmount, user), "Promise to pay recorded.");
  }

  @PostMapping("/dispute")
  String dispute(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String note,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("dispute", invoiceNumber, redirect);
    String why = form.text("reason", reason, true);
    String more = form.text("note", note, false);
    return form.send(
        () -> commands.openDispute(invoiceNumber, "page-" + UUID.randomUUID(), why, more, user), "Dispute opened.");
  }

  @PostMapping("/resolve-dispute")
  String resolveDispute(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String disputeId,
      @RequestParam(required = false) DisputeResolution.Outcome outcome,
      @RequestParam(defaultValue = "") String note,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("resolve", invoiceNumber, redirect);
    if (outcome == null) {
      form.error("outcome", "Choose how the dispute was resolved.");
    }
    String more = form.text("note", note, false);
    return form.send(
        () -> commands.resolveDispute(invoiceNumber, disputeId, outcome, more, user), "Dispute resolved.");
  }

  @PostMapping("/pause")
  String pause(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String reason,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("pause", invoiceNumber, redirect);
    String why = form.text("reason", reason, true);
    return form.send(() -> commands.pause(invoiceNumber, why, user), "Case paused.");
  }

  @PostMapping("/resume")
  String resume(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String note,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("resume", invoiceNumber, redirect);
    String more = form.text("note", note, false);
    return form.send(() -> commands.resume(invoiceNumber, more, user), "Case resumed.");
  }

  @PostMapping("/snooze")
  String snooze(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String until,
      @RequestParam(defaultValue = "") String reason,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("snooze", invoiceNumber, redirect);
    LocalDate day = form.date("until", until);
    String why = form.text("reason", reason, false);
    return form.send(() -> commands.snooze(invoiceNumber, day, why, user), "Case snoozed.");
  }

  @PostMapping("/fees/{feeId}/waive")
  String waive(
      @PathVariable String invoiceNumber,
      @PathVariable long feeId,
      @RequestParam(defaultValue = "") String reason,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("waive-" + feeId, invoiceNumber, redirect);
    String why = form.text("reason", reason, true);
    return form.send(() -> fees.waive(invoiceNumber, feeId, why, user), "Fee waived.");
  }

  @PostMapping("/write-off")
  String writeOff(
      @PathVariable String invoiceNumber,
      @RequestParam(defaultValue = "") String reason,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("write-off", invoiceNumber, redirect);
    String why = form.text("reason", reason, true);
    return form.send(() -> commands.writeOff(invoiceNumber, why, user), "Invoice written off.");
  }

  @PostMapping("/next-step")
  String nextStep(
      @PathVariable String invoiceNumber,
      @RequestParam(required = false) NextStep.Choice choice,
      @RequestParam(defaultValue = "") String note,
      Authentication user,
      RedirectAttributes redirect) {
    Form form = new Form("next-step", invoiceNumber, redirect);
    if (choice == null) {
      form.error("choice", "Choose the next step.");
    }
    String more = form.text("note", note, false);
    return form.send(() -> commands.decideNextStep(invoiceNumber, choice, more, user), "Next step recorded.");
  }

  private CaseHeader header(String invoiceNumber) {
    return files.header(invoiceNumber).orElseThrow(() -> new NoSuchCaseException(invoiceNumber));
  }

  /** One submitted form: its field errors, and where the person goes next. */
  private static final class Form {

    private final String name;
    private final String invoiceNumber;
    private final RedirectAttributes redirect;
    private final Map<String, String> errors = new LinkedHashMap<>();

    Form(String name, String invoiceNumber, RedirectAttributes redirect) {
      this.name = name;
      this.invoiceNumber = invoiceNumber;
      this.redirect = redirect;
    }

    void error(String field, String message) {
      errors.putIfAbsent(name + "." + field, message);
    }

    boolean failed() {
      return !errors.isEmpty();
    }

    String text(String field, String value, boolean required) {
      String text = value.trim();
      if (required && text.isEmpty()) {
        error(field, "Required.");
      } else if (text.length() > MAX_TEXT) {
        error(field, "At most " + MAX_TEXT + " characters.");
      }
      return text.isEmpty() ? null : text;
    }

    LocalDate date(String field, String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException notADate) {
        error(field, "Enter a date, as 2026-05-31.");
        return null;
      }
    }

    BigDecimal amount(String field, String value, String currency) {
      BigDecimal amount;
      try {
        amount = new BigDecimal(value.trim());
      } catch (NumberFormatException notANumber) {
        error(field, "Enter an amount, as 120.50.");
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
      String page = "redirect:/cases/" + UriUtils.encodePathSegment(invoiceNumber, StandardCharsets.UTF_8);
      if (failed()) {
        redirect.addFlashAttribute("actionErrors", errors);
        return page + "#" + name;
      }
      redirect.addFlashAttribute("notice", notice);
      return page;
    }
  }
}
