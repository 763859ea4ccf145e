package app.recoup.activities.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PortalSecretConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PortalSecretConfiguration.class);

  /**
   * Without a configured secret, the local profile draws a random key once and keeps it in the
   * working folder ({@code recoup.portal.secret-file}), so links in reminders already sent outlive
   * a restart; with neither, the key is drawn per start. The prod profile requires {@code
   * recoup.portal.secret}.
   */
  @Bean
  PortalTokenSigner portalTokenSigner(
      @Value("${recoup.portal.secret:}") String secret,
      @Value("${recoup.portal.secret-file:}") String secretFile)
      throws IOException {
    if (!secret.isBlank()) {
      return new PortalTokenSigner(secret.getBytes(StandardCharsets.UTF_8));
    }
    if (!secretFile.isBlank()) {
      return new PortalTokenSigner(readOrCreate(Path.of(secretFile)));
    }
    log.warn(
        "recoup.portal.secret is not set: portal links are signed with a random key until restart");
    return new PortalTokenSigner(randomKey());
  }

  private static byte[] readOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return Base64.getDecoder().decode(Files.readString(file).trim());
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] key = randomKey();
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    Files.deleteIfExists(partial);
    Files.createFile(
        partial,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(partial, Base64.getEncoder().encodeToString(key));
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    log.info("Portal links are signed with a key drawn once and kept in {}", file);
    return key;
  }

  private static byte[] randomKey() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
