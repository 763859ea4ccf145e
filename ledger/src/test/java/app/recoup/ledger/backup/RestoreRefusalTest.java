package app.recoup.ledger.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.ledger.testing.TestDatabase;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Backups that cannot be restored are refused before anything is written. */
class RestoreRefusalTest {

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.empty();

  @TempDir Path folder;

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
  }

  @Test
  void aBackupFromANewerRecoupIsRefusedAndTheDatabaseStaysEmpty() throws Exception {
    Path backup = folder.resolve("newer.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
      zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
      zip.write(
          ("format=1\nschema-version=999\npostgres-version=17.6\ntaken-at=2026-03-01T02:30:00Z\n"
                  + "tables=invoice\ncolumns.invoice=id\nrows.invoice=0\n")
              .getBytes(StandardCharsets.ISO_8859_1));
    }
    DataSource dataSource = DATABASE.dataSource();

    assertThatThrownBy(() -> BackupRestorer.restore(backup, dataSource, flyway(dataSource)))
        .isInstanceOf(RestoreRefusedException.class)
        .hasMessageContaining("was made by a newer Recoup (schema version 999)");
    assertThat(flyway(dataSource).info().applied()).as("no migration ran").isEmpty();
  }

  @Test
  void aFileThatIsNotARecoupBackupIsRefused() throws Exception {
    Path notABackup = folder.resolve("photos.zip");
    try (OutputStream out = Files.newOutputStream(notABackup);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("holiday.jpg"));
    }
    DataSource dataSource = DATABASE.dataSource();

    assertThatThrownBy(() -> BackupRestorer.restore(notABackup, dataSource, flyway(dataSource)))
        .isInstanceOf(RestoreRefusedException.class)
        .hasMessageContaining("is not a Recoup backup");
  }
}
