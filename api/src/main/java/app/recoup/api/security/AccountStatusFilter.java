package app.recoup.api.security;

import app.recoup.ledger.users.AppUser;
import app.recoup.ledger.users.AppUserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in browser session holds the role it logged in with. An admin's change must not wait for
 * the next login: a disabled account's session ends at its next request, and a changed role applies
 * from the next request on. (Basic and Bearer calls load the account on every request.)
 */
class AccountStatusFilter extends OncePerRequestFilter {

  private final AppUserRepository users;
  private final HttpSessionSecurityContextRepository sessions =
      new HttpSessionSecurityContextRepository();

  AccountStatusFilter(AppUserRepository users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null
        && request.getHeader("Authorization") == null
        && authentication instanceof UsernamePasswordAuthenticationToken
        && authentication.isAuthenticated()) {
      Optional<AppUser> account = users.findByEmail(authentication.getName());
      if (account.isEmpty() || account.get().disabled()) {
        SecurityContextHolder.clearContext();
        session.invalidate();
      } else if (!hasRole(authentication, account.get())) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.get().role().name()))));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean hasRole(Authentication authentication, AppUser account) {
    String role = "ROLE_" + account.role().name();
    return authentication.getAuthorities().size() == 1
        && authentication.getAuthorities().iterator().next().getAuthority().equals(role);
  }
}
