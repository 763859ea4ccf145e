package app.recoup.web.cadences;

import app.recoup.api.process.PolicyDraft;
import app.recoup.ledger.correspondence.PolicyCombinings;
import app.recoup.workflows.correspondence.Combining;
import java.security.Principal;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cadence page's "several invoices of one customer" setting (admins save). */
@Controller
@RequestMapping("/cadences/{name}/combining")
class CadenceCombiningController {

  private static final int MAX_WINDOW_MINUTES = (int) Combining.MAX_WINDOW.toMinutes();

  private final PolicyCombinings combinings;

  CadenceCombiningController(PolicyCombinings combinings) {
    this.combinings = combinings;
  }

  @PostMapping
  String save(
      @PathVariable String name,
      @RequestParam String mode,
      @RequestParam(required = false) String windowMinutes,
      @RequestParam(required = false) boolean alsoOpen,
      Principal principal,
      RedirectAttributes redirect) {
    if (!PolicyDraft.isValidName(name)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Duration window = null;
    if (windowMinutes != null && !windowMinutes.isBlank()) {
      Integer minutes = minutes(windowMinutes.trim());
      if (minutes == null) {
        redirect.addFlashAttribute(
            "combiningError",
            "Not saved: the wait must be 1 to %d minutes, or empty for the rest of the business day (was %s)."
                .formatted(MAX_WINDOW_MINUTES, windowMinutes));
        return "redirect:/cadences/" + name;
      }
      window = Duration.ofMinutes(minutes);
    }
    combinings.save(
        name,
        new PolicyCombinings.PolicyCombining("PER_CUSTOMER".equals(mode), window, alsoOpen),
        principal.getName());
    redirect.addFlashAttribute(
        "notice",
        "PER_CUSTOMER".equals(mode)
            ? "Saved: reminders due together go out as one message per customer."
            : "Saved: one message per invoice.");
    return "redirect:/cadences/" + name;
  }

  private static Integer minutes(String text) {
    try {
      int minutes = Integer.parseInt(text);
      return minutes >= 1 && minutes <= MAX_WINDOW_MINUTES ? minutes : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
