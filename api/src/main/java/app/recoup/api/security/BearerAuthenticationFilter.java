package app.recoup.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests to some paths that carry {@code Authorization: Bearer <token>}. The
 * authentication lives for the request only (nothing is written to a session), and a wrong token is
 * a 401 at once.
 */
abstract class BearerAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  abstract boolean appliesTo(String path);

  /** Who the token stands for; empty when it is unknown or revoked. */
  abstract Optional<Authentication> authenticate(String token);

  abstract String rejection();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return !appliesTo(request.getRequestURI())
        || authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader("Authorization").substring(BEARER.length()).trim();
    Optional<Authentication> authentication = authenticate(token);
    if (authentication.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, rejection());
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication.get());
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
