package app.recoup.activities.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in reminders already sent must keep working after the local Recoup restarts. */
class PortalSecretConfigurationTest {

  private static final Instant NEXT_YEAR = Instant.parse("2027-06-01T00:00:00Z");

  @TempDir Path workingFolder;

  private final PortalSecretConfiguration configuration = new PortalSecretConfiguration();

  @Test
  void aKeyDrawnLocallyIsKeptSoLinksOutliveARestart() throws Exception {
    Path file = workingFolder.resolve("recoup-data/portal.secret");
    String link = configuration.portalTokenSigner("", file.toString()).issue(42, NEXT_YEAR);

    PortalTokenSigner afterRestart = configuration.portalTokenSigner("", file.toString());

    assertThat(afterRestart.read(link)).as("a link issued before the restart").isPresent();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aConfiguredSecretWinsAndNothingIsWritten() throws Exception {
    Path file = workingFolder.resolve("portal.secret");
    String secret = "a configured secret of at least thirty-two bytes";
    String link = configuration.portalTokenSigner(secret, file.toString()).issue(42, NEXT_YEAR);

    assertThat(new PortalTokenSigner(secret.getBytes(StandardCharsets.UTF_8)).read(link))
        .isPresent();
    assertThat(file).doesNotExist();
  }
}
