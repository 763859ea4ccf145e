package app.recoup.api.process;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

/**
 * Who may command a case: admins and collectors act, viewers only look; write-offs are for admins.
 */
public final class Callers {

  private static final Set<String> ACTORS = Set.of("ROLE_ADMIN", "ROLE_COLLECTOR");

  private Callers() {}

  public static String mayDecide(Authentication user) {
    if (!has(user, ACTORS)) {
      throw new CommandRefused(HttpStatus.FORBIDDEN, "Only admins and collectors act on cases");
    }
    return user.getName();
  }

  public static String admin(Authentication user) {
    if (!has(user, Set.of("ROLE_ADMIN"))) {
      throw new CommandRefused(HttpStatus.FORBIDDEN, "Only admins write invoices off");
    }
    return user.getName();
  }

  private static boolean has(Authentication user, Set<String> roles) {
    return user.getAuthorities().stream()
        .anyMatch(granted -> roles.contains(granted.getAuthority()));
  }
}
