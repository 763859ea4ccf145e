package app.recoup.web.account;

import app.recoup.api.process.CommandRefused;
import app.recoup.api.security.PersonalTokens;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": the personal API tokens of whoever is logged in. */
@Controller
class AccountController {

  private final PersonalTokens tokens;

  AccountController(PersonalTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account")
  String account(Principal user, Model model) {
    model.addAttribute("tokens", tokens.of(user.getName()));
    return "account";
  }

  /** A new token's name; {@link PersonalTokens} says what a name may be, for the API too. */
  record NewTokenForm(String name) {}

  @PostMapping("/account/tokens")
  String create(@ModelAttribute NewTokenForm form, Principal user, RedirectAttributes redirect) {
    try {
      PersonalTokens.Issued issued = tokens.issue(user.getName(), form.name());
      redirect.addFlashAttribute("newToken", issued.token());
      redirect.addFlashAttribute("newTokenName", issued.name());
    } catch (CommandRefused refusal) {
      redirect.addFlashAttribute("nameError", refusal.getMessage());
    }
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, Principal user, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "notice",
        tokens.revoke(user.getName(), id)
            ? "Token revoked: it no longer opens the API."
            : "That token was already revoked.");
    return "redirect:/account";
  }
}
