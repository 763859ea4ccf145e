package app.recoup.web.users;

import app.recoup.ledger.users.Role;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

  /**
   * The role a person is given. A role that is not one of {@link Role} is a binding error and
   * leaves none (a bean, not a record: a record whose field fails to bind is not made at all).
   */
  static class RoleForm {

    private Role role;

    public Role getRole() {
      return role;
    }

    public void setRole(Role role) {
      this.role = role;
    }
  }

  /**
   * The "Add a person" form; the rules for an account are {@link People}'s, the same for the API.
   */
  static class NewPersonForm extends RoleForm {

    private String email = "";
    private String password = "";

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  @PostMapping("/admin/users")
  String create(
      @ModelAttribute NewPersonForm form,
      BindingResult binding,
      Principal admin,
      RedirectAttributes redirect) {
    Map<String, String> errors =
        people.create(form.getEmail(), form.getPassword(), form.getRole(), admin.getName());
    if (errors.isEmpty()) {
      redirect.addFlashAttribute("notice", "Created " + form.getEmail().trim() + ".");
    } else {
      redirect.addFlashAttribute("errors", errors);
      redirect.addFlashAttribute(
          "form",
          Map.of(
              "email",
              form.getEmail(),
              "role",
              form.getRole() == null ? "" : form.getRole().name()));
    }
    return USERS;
  }

  @PostMapping("/admin/users/{id}/role")
  String changeRole(
      @PathVariable long id,
      @ModelAttribute RoleForm form,
      BindingResult binding,
      Principal admin,
      RedirectAttributes redirect) {
    String refusal =
        form.getRole() == null
            ? "Choose a role."
            : people.changeRole(id, form.getRole(), admin.getName());
    return outcome(id, refusal, "Role changed.", redirect);
  }

  @PostMapping("/admin/users/{id}/disable")
  String disable(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
    return outcome(
        id, people.setDisabled(id, true, admin.getName()), "Account disabled.", redirect);
  }

  @PostMapping("/admin/users/{id}/enable")
  String enable(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
    return outcome(
        id, people.setDisabled(id, false, admin.getName()), "Account enabled.", redirect);
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
}
