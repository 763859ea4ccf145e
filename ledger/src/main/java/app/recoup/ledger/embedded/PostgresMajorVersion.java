package app.recoup.ledger.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * PostgreSQL reads only data directories of its own major version. Each data directory records its
 * version in {@code PG_VERSION}; one of another major version is refused with the way to move it,
 * before any server is started on it.
 */
final class PostgresMajorVersion {

  private PostgresMajorVersion() {}

  /** The major version of the PostgreSQL binaries Recoup bundles (17 for 17.6.0). */
  static String bundled() {
    Properties properties = new Properties();
    try (InputStream in = PostgresMajorVersion.class.getResourceAsStream("binaries.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version").split("\\.")[0];
  }

  static void refuseAnother(Path dataDirectory, String bundled) throws IOException {
    Path versionFile = dataDirectory.resolve("PG_VERSION");
    if (!Files.exists(versionFile)) {
      return;
    }
    String found = Files.readString(versionFile).trim();
    if (!found.equals(bundled)) {
      throw new LocalDataDirectoryException(
          dataDirectory
              + " holds a PostgreSQL "
              + found
              + " database; this Recoup runs PostgreSQL "
              + bundled
              + " and cannot open it (PostgreSQL reads only its own major version's files).",
          "Start the Recoup version that made this folder, take a backup with it, then restore the"
              + " backup with this version into an empty working folder (README: \"Running it for"
              + " real on one machine\", Upgrades). The folder was left as it was.");
    }
  }
}
