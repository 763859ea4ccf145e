package app.recoup.web.users;

import app.recoup.ledger.users.Role;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page of users: create with a role, change a role, disable or enable. */
@Controller
class UserAdminController {

  private static final String USERS = "redirect:/admin/users";

  private final People people;

  UserAdminController(People people) {
    this.people = people;
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("users", people.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("minPasswordLength", People.MIN_PASSWORD_LENGTH);
    return "admin-users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(required = false) String role,
      Principal admin,
      RedirectAttributes redirect) {
    Map<String, String> errors = people.create(email, password, role(role), admin.getName());
    if (errors.isEmpty()) {
      redirect.addFlashAttribute("notice", "Created " + email.trim() + ".");
    } else {
      redirect.addFlashAttribute("errors", errors);
      redirect.addFlashAttribute("form", Map.of("email", email, "role", role == null ? "" : role));
    }
    return USERS;
  }

  @PostMapping("/admin/users/{id}/role")
  String changeRole(
      @PathVariable long id,
      @RequestParam(required = false) String role,
      Principal admin,
      RedirectAttributes redirect) {
    Role chosen = role(role);
    String refusal =
        chosen == null ? "Choose a role." : people.changeRole(id, chosen, admin.getName());
    return outcome(id, refusal, "Role changed.", redirect);
  }

  @PostMapping("/admin/users/{id}/disable")
  String disable(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
    return outcome(id, people.setDisabled(id, true, admin.getName()), "Account disabled.", redirect);
  }

  @PostMapping("/admin/users/{id}/enable")
  String enable(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
    return outcome(id, people.setDisabled(id, false, admin.getName()), "Account enabled.", redirect);
  }

  private static String outcome(
      long id, String refusal, String notice, RedirectAttributes redirect) {
    if (refusal == null) {
      redirect.addFlashAttribute("notice", notice);
    } else {
      redirect.addFlashAttribute("rowErrors", Map.of(String.valueOf(id), refusal));
    }
    return USERS;
  }

  private static Role role(String name) {
    for (Role role : Role.values()) {
      if (role.name().equalsIgnoreCase(name)) {
        return role;
      }
    }
    return null;
  }
}
