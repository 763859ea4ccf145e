package app.recoup.web.users;

import app.recoup.api.problems.InvalidField;
import app.recoup.api.problems.Problems;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who may log in and with which role, as JSON for admins (the same rules as the admin page). */
@Tag(name = "users")
@RestController
class UserController {

  private final People people;
  private final AppUserRepository users;

  UserController(People people, AppUserRepository users) {
    this.people = people;
    this.users = users;
  }

  /** An account without its password hash. */
  record User(long id, String email, Role role, Instant createdAt, boolean disabled) {

    static User of(AppUser user) {
      return new User(user.id(), user.email(), user.role(), user.createdAt(), user.disabled());
    }
  }

  record NewUser(
      @Schema(example = "ana@example.com") String email,
      @Schema(description = "at least 12 characters", example = "correct horse battery")
          String password,
      Role role) {}

  record RoleChange(Role role) {}

  @GetMapping("/api/users")
  List<User> all() {
    return people.all().stream().map(User::of).toList();
  }

  @PostMapping("/api/users")
  ResponseEntity<?> create(@RequestBody(required = false) NewUser request, Principal admin) {
    NewUser given = request == null ? new NewUser(null, null, null) : request;
    Map<String, String> errors =
        people.create(given.email(), given.password(), given.role(), admin.getName());
    if (!errors.isEmpty()) {
      List<InvalidField> fields =
          errors.entrySet().stream()
              .map(error -> new InvalidField(error.getKey(), error.getValue()))
              .toList();
      return Problems.answer(HttpStatus.BAD_REQUEST, String.join(" ", errors.values()), fields);
    }
    User created = User.of(users.findByEmail(given.email().trim()).orElseThrow());
    return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
  }

  @PutMapping("/api/users/{id}/role")
  ResponseEntity<?> changeRole(
      @PathVariable long id, @RequestBody(required = false) RoleChange request, Principal admin) {
    if (request == null || request.role() == null) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "Choose a role.", "role");
    }
    return outcome(id, () -> people.changeRole(id, request.role(), admin.getName()));
  }

  @PostMapping("/api/users/{id}/disable")
  ResponseEntity<?> disable(@PathVariable long id, Principal admin) {
    return outcome(id, () -> people.setDisabled(id, true, admin.getName()));
  }

  @PostMapping("/api/users/{id}/enable")
  ResponseEntity<?> enable(@PathVariable long id, Principal admin) {
    return outcome(id, () -> people.setDisabled(id, false, admin.getName()));
  }

  /** Runs a change that answers its refusal (or null), and answers the account as it is now. */
  private ResponseEntity<?> outcome(long id, Supplier<String> change) {
    if (users.findById(id).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "No user " + id);
    }
    String refusal = change.get();
    if (refusal != null) {
      return Problems.answer(HttpStatus.CONFLICT, refusal);
    }
    return ResponseEntity.ok(User.of(users.findById(id).orElseThrow()));
  }
}
