package app.recoup.web;

import app.recoup.api.cases.ResumptionProgress;
import app.recoup.web.storage.StorageStatus;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the CSRF token its forms must carry, who is logged in, why nothing can be stored
 * right now, if that is so, and how far the resumption of cases after a start has got.
 */
@ControllerAdvice
class PageModelAdvice {

  private final StorageStatus storage;
  private final ResumptionProgress resumption;

  PageModelAdvice(StorageStatus storage, ResumptionProgress resumption) {
    this.storage = storage;
    this.resumption = resumption;
  }

  /** "resuming 1,200 of 100,000 open cases" while the cases are resumed after a start. */
  @ModelAttribute("resumption")
  String resumption() {
    return resumption.running() ? resumption.describe() : null;
  }

  @ModelAttribute("storageProblem")
  String storageProblem() {
    return storage.problem().orElse(null);
  }

  @ModelAttribute("csrf")
  CsrfToken csrf(CsrfToken token) {
    return token;
  }

  @ModelAttribute("currentUser")
  String currentUser(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /** Whether to show admin-only navigation; the rules themselves live in SecurityConfiguration. */
  @ModelAttribute("isAdmin")
  boolean isAdmin(Authentication authentication) {
    return hasRole(authentication, "ROLE_ADMIN");
  }

  /** Whether to offer forms that change things (a viewer only reads). */
  @ModelAttribute("canAct")
  boolean canAct(Authentication authentication) {
    return hasRole(authentication, "ROLE_ADMIN") || hasRole(authentication, "ROLE_COLLECTOR");
  }

  private static boolean hasRole(Authentication authentication, String role) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(authority -> role.equals(authority.getAuthority()));
  }
}
