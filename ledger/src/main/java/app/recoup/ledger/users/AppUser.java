package app.recoup.ledger.users;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who logs in to Recoup. The password is stored only as a hash; a disabled account keeps
 * its name on the timeline but can no longer log in or use its tokens.
 */
@Table("app_user")
public record AppUser(
    @Id Long id,
    String email,
    String passwordHash,
    Role role,
    Instant createdAt,
    boolean disabled) {

  public static AppUser create(String email, String passwordHash, Role role) {
    return new AppUser(null, email, passwordHash, role, Instant.now(), false);
  }

  public AppUser withRole(Role newRole) {
    return new AppUser(id, email, passwordHash, newRole, createdAt, disabled);
  }

  public AppUser withDisabled(boolean newDisabled) {
    return new AppUser(id, email, passwordHash, role, createdAt, newDisabled);
  }
}
