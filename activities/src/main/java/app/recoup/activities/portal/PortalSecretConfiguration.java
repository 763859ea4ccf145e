package app.recoup.activities.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PortalSecretConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PortalSecretConfiguration.class);

  /**
   * Without a configured secret (the local profile) a random key is drawn per start, so links
   * issued before a restart stop working; the prod profile requires {@code recoup.portal.secret}.
   */
  @Bean
  PortalTokenSigner portalTokenSigner(@Value("${recoup.portal.secret:}") String secret) {
    if (secret.isBlank()) {
      log.warn("recoup.portal.secret is not set: portal links are signed with a random key until restart");
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return new PortalTokenSigner(random);
    }
    return new PortalTokenSigner(secret.getBytes(StandardCharsets.UTF_8));
  }
}
