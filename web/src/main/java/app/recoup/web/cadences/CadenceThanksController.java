package app.recoup.web.cadences;

import app.recoup.api.process.PolicyDraft;
import app.recoup.ledger.policies.PolicyThanks;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cadence page's "thank customers when paid" setting (admins save). */
@Controller
@RequestMapping("/cadences/{name}/thanks")
class CadenceThanksController {

  private final PolicyThanks thanks;

  CadenceThanksController(PolicyThanks thanks) {
    this.thanks = thanks;
  }

  @PostMapping
  String save(
      @PathVariable String name,
      @RequestParam(required = false) boolean thankWhenPaid,
      Principal principal,
      RedirectAttributes redirect) {
    if (!PolicyDraft.isValidName(name)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    thanks.save(name, thankWhenPaid, principal.getName());
    redirect.addFlashAttribute(
        "notice",
        thankWhenPaid
            ? "Saved: customers are thanked when an invoice is paid in full."
            : "Saved: no thank-you when an invoice is paid.");
    return "redirect:/cadences/" + name;
  }
}
