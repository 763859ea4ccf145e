package app.recoup.web.backup;

import app.recoup.ledger.backup.BackupWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Local backups on a schedule ({@code recoup.backup.cron}, {@code .directory}, {@code .keep}): on
 * by default in the local profile, where the database lives on this machine; a PostgreSQL server of
 * one's own is backed up by its own means.
 */
@Component
@ConditionalOnProperty(prefix = "recoup.backup", name = "directory")
class ScheduledBackups {

  private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

  private final BackupFiles files;

  ScheduledBackups(
      BackupWriter writer,
      Clock clock,
      @Value("${recoup.backup.directory}") Path directory,
      @Value("${recoup.backup.keep:7}") int keep) {
    this.files = new BackupFiles(writer, clock, directory.toAbsolutePath(), keep);
  }

  @Scheduled(cron = "${recoup.backup.cron:-}")
  void backUp() {
    try {
      log.info("Backup written to {}", files.backUpNow());
    } catch (Exception e) {
      log.error("Scheduled backup failed; the previous backups are kept", e);
    }
  }
}
