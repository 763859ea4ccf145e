package app.recoup.ledger.users;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who logs in to Recoup. The password is stored only as a hash. */
@Table("app_user")
public record AppUser(@Id Long id, String email, String passwordHash, Role role, Instant createdAt) {

  public static AppUser create(String email, String passwordHash, Role role) {
    return new AppUser(null, email, passwordHash, role, Instant.now());
  }
}
