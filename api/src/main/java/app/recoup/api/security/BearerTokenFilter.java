package app.recoup.api.security;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Authenticates JSON API calls that carry a personal token. */
class BearerTokenFilter extends BearerAuthenticationFilter {

  private final PersonalTokens tokens;
  private final UserDetailsService users;

  BearerTokenFilter(PersonalTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  boolean appliesTo(String path) {
    return path.startsWith("/api/");
  }

  @Override
  Optional<Authentication> authenticate(String token) {
    return tokens
        .ownerOf(token)
        .map(
            owner -> {
              UserDetails user = users.loadUserByUsername(owner);
              return UsernamePasswordAuthenticationToken.authenticated(
                  user, null, user.getAuthorities());
            });
  }

  @Override
  String rejection() {
    return "Unknown or revoked API token";
  }
}
