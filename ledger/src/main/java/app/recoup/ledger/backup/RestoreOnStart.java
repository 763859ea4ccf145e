package app.recoup.ledger.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code RECOUP_RESTORE_FROM=<backup file>}: before the schema is migrated, an empty database is
 * filled from the backup (schema up to the backup's version, then its rows); the usual migration
 * then brings it up to this Recoup's version, and Recoup starts on the restored books.
 */
@Configuration
class RestoreOnStart {

  private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

  @Bean
  FlywayMigrationStrategy restoreThenMigrate(
      @Value("${recoup.restore-from:${RECOUP_RESTORE_FROM:}}") String backup,
      DataSource dataSource) {
    return flyway -> {
      if (!backup.isBlank()) {
        try {
          var restored = BackupRestorer.restore(Path.of(backup), dataSource, flyway);
          log.info(
              "Restored {} (taken {}, schema version {}): {}",
              backup,
              restored.takenAt(),
              restored.schemaVersion(),
              restored.rowsByTable());
        } catch (RestoreRefusedException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("Could not restore " + backup + ": " + e.getMessage(), e);
        }
      }
      flyway.migrate();
    };
  }
}
