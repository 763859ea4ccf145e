package app.recoup.web.users;

import app.recoup.ledger.audit.AuditLog;
import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import app.recoup.web.forms.EmailAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's management of who may log in and with which role. */
@Service
class People {

  static final int MIN_PASSWORD_LENGTH = 12;

  private final AppUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog audit;

  People(AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
  }

  List<AppUser> all() {
    return users.findAllByEmail();
  }

  /** Creates the account, or returns what is wrong with it field by field. */
  @Transactional
  Map<String, String> create(String email, String password, Role role, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String address = email == null ? "" : email.trim();
    if (!EmailAddress.isValid(address)) {
      errors.put("email", "Enter an email address such as name@example.com.");
    } else if (users.findByEmail(address).isPresent()) {
      errors.put("email", address + " already has an account.");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      errors.put("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (role == null) {
      errors.put("role", "Choose a role.");
    }
    if (errors.isEmpty()) {
      users.save(AppUser.create(address, passwordEncoder.encode(password), role));
      audit.record(by, "USER_CREATED", address + " as " + role);
    }
    return errors;
  }

  /** Changes a role; refused (with the reason) when it would leave no active admin. */
  @Transactional
  String changeRole(long id, Role role, String by) {
    AppUser user = find(id);
    if (user.role() == Role.ADMIN && role != Role.ADMIN && lastActiveAdmin(user)) {
      return user.email() + " is the last active admin: make someone else admin first.";
    }
    users.save(user.withRole(role));
    audit.record(by, "USER_ROLE_CHANGED", user.email() + ": " + user.role() + " -> " + role);
    return null;
  }

  /** Disables or re-enables an account; the last active admin cannot be disabled. */
  @Transactional
  String setDisabled(long id, boolean disabled, String by) {
    AppUser user = find(id);
    if (disabled && user.role() == Role.ADMIN && lastActiveAdmin(user)) {
      return user.email() + " is the last active admin and cannot be disabled.";
    }
    users.save(user.withDisabled(disabled));
    audit.record(by, disabled ? "USER_DISABLED" : "USER_ENABLED", user.email());
    return null;
  }

  private boolean lastActiveAdmin(AppUser user) {
    return !user.disabled() && users.countActiveAdmins() <= 1;
  }

  private AppUser find(long id) {
    return users.findById(id).orElseThrow(() -> new UnknownUserException(id));
  }
}
