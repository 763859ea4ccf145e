package app.recoup.ledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL server and, when it keeps a data directory, the lock that makes this
 * Recoup its only user. Starting takes the lock, refuses a data directory of another PostgreSQL
 * major version, stops a server a killed Recoup left running, then starts the server; nothing is
 * touched before the lock is held.
 */
public final class LocalPostgres implements AutoCloseable {

  private static final Duration ORPHAN_SHUTDOWN_PATIENCE = Duration.ofMinutes(2);

  private final DataDirectoryLock lock;
  private final EmbeddedPostgres postgres;

  private LocalPostgres(DataDirectoryLock lock, EmbeddedPostgres postgres) {
    this.lock = lock;
    this.postgres = postgres;
  }

  static LocalPostgres start(EmbeddedPostgresProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(properties.port())
            .setPGStartupWait(properties.startupWait());
    if (properties.durable()) {
      // the library starts the server with -F (fsync off); a later -c wins
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    if (properties.dataDirectory() == null || properties.dataDirectory().isBlank()) {
      return new LocalPostgres(null, builder.start());
    }
    Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory.getParent());
    try {
      Files.createDirectories(dataDirectory);
      PostgresMajorVersion.refuseAnother(dataDirectory, PostgresMajorVersion.bundled());
      OrphanedPostmaster.stopIfRunning(dataDirectory, ORPHAN_SHUTDOWN_PATIENCE);
      return new LocalPostgres(
          lock, builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).start());
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }
}
