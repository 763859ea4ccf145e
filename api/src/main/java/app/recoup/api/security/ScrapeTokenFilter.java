package app.recoup.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Lets Prometheus read {@code /actuator/prometheus} with the scrape token from configuration
 * ({@code RECOUP_METRICS_SCRAPE_TOKEN}) as a Bearer token; without one configured, only an admin
 * may read metrics.
 */
class ScrapeTokenFilter extends BearerAuthenticationFilter {

  static final String PATH = "/actuator/prometheus";
  static final String ROLE = "METRICS_SCRAPER";

  private final byte[] token;

  ScrapeTokenFilter(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  boolean appliesTo(String path) {
    return path.equals(PATH);
  }

  @Override
  Optional<Authentication> authenticate(String given) {
    if (token.length == 0
        || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(
        UsernamePasswordAuthenticationToken.authenticated(
            "prometheus", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
  }

  @Override
  String rejection() {
    return "Unknown scrape token";
  }
}
