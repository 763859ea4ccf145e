package app.recoup.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates JSON API calls that carry a personal token. The authentication lives for the
 * request only (nothing is written to a session), and a wrong or revoked token is a 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final PersonalTokens tokens;
  private final UserDetailsService users;

  BearerTokenFilter(PersonalTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return !request.getRequestURI().startsWith("/api/")
        || authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader("Authorization").substring(BEARER.length()).trim();
    var owner = tokens.ownerOf(token);
    if (owner.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown or revoked API token");
      return;
    }
    UserDetails user = users.loadUserByUsername(owner.get());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
