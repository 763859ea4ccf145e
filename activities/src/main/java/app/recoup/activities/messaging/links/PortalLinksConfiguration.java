package app.recoup.activities.messaging.links;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PortalLinksConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PortalLinksConfiguration.class);

  /**
   * Without a configured secret (local profile) a random one is drawn per start, so links sent
   * before a restart stop working; production must set {@code recoup.portal.secret}.
   */
  @Bean
  PortalLinks portalLinks(
      @Value("${recoup.base-url:http://localhost:8080}") String baseUrl,
      @Value("${recoup.portal.secret:}") String secret) {
    if (secret.isBlank()) {
      log.warn("recoup.portal.secret is not set: portal links are signed with a random key until restart");
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return new PortalLinks(baseUrl, random);
    }
    return new PortalLinks(baseUrl, secret.getBytes(StandardCharsets.UTF_8));
  }
}
