package app.recoup.api.security;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.ledger.users.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An empty installation gets one admin: from RECOUP_ADMIN_EMAIL / RECOUP_ADMIN_PASSWORD when set,
 * otherwise with a generated password that is printed exactly once.
 */
@Component
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final AppUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final String email;
  private final String password;

  FirstAdmin(
      AppUserRepository users,
      PasswordEncoder passwordEncoder,
      @Value("${recoup.admin.email:admin@localhost}") String email,
      @Value("${recoup.admin.password:}") String password) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String chosen = password.isBlank() ? generated() : password;
    users.save(AppUser.create(email, passwordEncoder.encode(chosen), Role.ADMIN));
    if (password.isBlank()) {
      log.warn(
          "\n\n  Recoup created the first admin.\n  Log in as {} with password {}\n"
              + "  (shown once; set RECOUP_ADMIN_PASSWORD to choose it yourself)\n",
          email,
          chosen);
    } else {
      log.info("Created the first admin {}", email);
    }
  }

  private static String generated() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
