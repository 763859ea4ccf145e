package app.recoup.web.casepage;

import app.recoup.api.plans.PaymentPlanService;
import app.recoup.api.plans.PlanRequest;
import app.recoup.api.plans.PlanRequest.InstalmentRequest;
import app.recoup.api.problems.InvalidField;
import app.recoup.api.process.CommandRefused;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The case page's payment plan: a collector agrees one (one instalment a line, "2026-07-01
 * 400.00"), approves or declines the customer's request, or cancels the running plan. The same
 * service as the API checks it; what is wrong comes back next to the form. Every POST redirects.
 */
@Controller
@RequestMapping("/cases/{invoiceNumber}/payment-plans")
class PaymentPlanPageController {

  static final String FORM = "plan";
  private static final Pattern INSTALMENT_FIELD = Pattern.compile("instalments\\[(\\d+)]\\.(\\w+)");

  private final PaymentPlanService plans;

  PaymentPlanPageController(PaymentPlanService plans) {
    this.plans = plans;
  }

  @PostMapping
  String propose(
      @PathVariable String invoiceNumber,
      @RequestParam(required = false) String instalments,
      @RequestParam(required = false) String note,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<InstalmentRequest> lines = lines(instalments, errors);
    if (errors.isEmpty()) {
      run(() -> plans.propose(invoiceNumber, new PlanRequest(lines, note, null), user), errors);
    }
    return done(invoiceNumber, errors, "Payment plan agreed.", redirect);
  }

  @PostMapping("/{planId}/approve")
  String approve(
      @PathVariable String invoiceNumber,
      @PathVariable long planId,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    run(() -> plans.approve(invoiceNumber, planId, user), errors);
    return done(invoiceNumber, errors, "Payment plan approved.", redirect);
  }

  @PostMapping("/{planId}/decline")
  String decline(
      @PathVariable String invoiceNumber,
      @PathVariable long planId,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    run(() -> plans.decline(invoiceNumber, planId, user), errors);
    return done(invoiceNumber, errors, "Payment plan request declined.", redirect);
  }

  @PostMapping("/{planId}/cancel")
  String cancel(
      @PathVariable String invoiceNumber,
      @PathVariable long planId,
      @RequestParam(required = false) String reason,
      Authentication user,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    run(
        () -> {
          plans.cancel(invoiceNumber, planId, reason, user);
          return null;
        },
        errors);
    return done(
        invoiceNumber, errors, "Payment plan cancelled: the cadence takes over again.", redirect);
  }

  /** One instalment a line: its date and its amount; empty lines are left out. */
  private static List<InstalmentRequest> lines(String text, Map<String, String> errors) {
    List<InstalmentRequest> lines = new ArrayList<>();
    String[] rows = text == null ? new String[0] : text.strip().split("\\R");
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      String[] parts = row.split("[\\s;,]+");
      try {
        if (parts.length != 2) {
          throw new IllegalArgumentException();
        }
        lines.add(new InstalmentRequest(LocalDate.parse(parts[0]), new BigDecimal(parts[1]), null));
      } catch (DateTimeParseException | IllegalArgumentException unreadable) {
        errors.putIfAbsent(
            FORM + ".instalments",
            "Line %d: write a date and an amount, like 2026-07-01 400.00.".formatted(i + 1));
      }
    }
    return lines;
  }

  /** Runs the plan's command; its refusal, field by field, lands next to the form. */
  private static void run(Supplier<?> command, Map<String, String> errors) {
    try {
      command.get();
    } catch (CommandRefused refused) {
      if (refused.fields().isEmpty()) {
        errors.put(FORM, refused.asSentence());
      }
      for (InvalidField field : refused.fields()) {
        errors.merge(
            FORM + ".instalments", readable(field) + ".", (first, more) -> first + " " + more);
      }
    }
  }

  /** {@code instalments[1].dueDate} reads "Instalment 2: due date ...". */
  private static String readable(InvalidField field) {
    Matcher numbered = INSTALMENT_FIELD.matcher(field.field());
    if (numbered.matches()) {
      String what = numbered.group(2).equals("dueDate") ? "date" : numbered.group(2);
      return "Instalment %d: %s %s"
          .formatted(Integer.parseInt(numbered.group(1)) + 1, what, field.message());
    }
    return Character.toUpperCase(field.message().charAt(0)) + field.message().substring(1);
  }

  private static String done(
      String invoiceNumber,
      Map<String, String> errors,
      String notice,
      RedirectAttributes redirect) {
    String page =
        "redirect:/cases/" + UriUtils.encodePathSegment(invoiceNumber, StandardCharsets.UTF_8);
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("actionErrors", errors);
      return page + "#" + FORM;
    }
    redirect.addFlashAttribute("notice", notice);
    return page;
  }
}
