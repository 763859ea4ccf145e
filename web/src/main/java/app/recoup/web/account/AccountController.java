package app.recoup.web.account;

import app.recoup.api.security.PersonalTokens;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": the personal API tokens of whoever is logged in. */
@Controller
class AccountController {

  private static final int MAX_NAME_LENGTH = 80;

  private final PersonalTokens tokens;

  AccountController(PersonalTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account")
  String account(Principal user, Model model) {
    model.addAttribute("tokens", tokens.of(user.getName()));
    return "account";
  }

  @PostMapping("/account/tokens")
  String create(
      @RequestParam(defaultValue = "") String name, Principal user, RedirectAttributes redirect) {
    String label = name.trim();
    if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
      redirect.addFlashAttribute(
          "nameError", "Name the token (1 to " + MAX_NAME_LENGTH + " characters), e.g. \"CI\".");
    } else {
      redirect.addFlashAttribute("newToken", tokens.issue(user.getName(), label));
      redirect.addFlashAttribute("newTokenName", label);
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
