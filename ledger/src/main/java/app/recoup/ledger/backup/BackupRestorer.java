package app.recoup.ledger.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Loads a backup written by {@link BackupWriter} into an empty database: the schema is migrated up
 * to the backup's version, then every table is filled in one transaction, with triggers and
 * foreign-key checks held back ({@code session_replication_role = replica}: the rows are already
 * what those triggers made of them), and the sequences carry on from where they were. The caller
 * then migrates the rest, which is how a backup moves into a newer Recoup.
 */
public final class BackupRestorer {

  private BackupRestorer() {}

  public static BackupManifestSummary restore(Path backup, DataSource dataSource, Flyway flyway)
      throws IOException, SQLException {
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      ZipEntry manifestEntry = zip.getEntry(BackupManifest.ENTRY);
      if (manifestEntry == null) {
        throw new RestoreRefusedException(
            backup + " is not a Recoup backup (it has no " + BackupManifest.ENTRY + ").");
      }
      BackupManifest manifest;
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest = BackupManifest.readFrom(in);
      }
      refuseUnlessEmpty(flyway, backup);
      MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
      MigrationVersion newest =
          Arrays.stream(flyway.info().all())
              .map(MigrationInfo::getVersion)
              .filter(v -> v != null)
              .max(MigrationVersion::compareTo)
              .orElseThrow();
      if (version.compareTo(newest) > 0) {
        throw new RestoreRefusedException(
            backup
                + " was made by a newer Recoup (schema version "
                + version
                + "); this one knows versions up to "
                + newest
                + ". Restore it with that Recoup or a newer one.");
      }
      Flyway.configure(flyway.getConfiguration().getClassLoader())
          .configuration(flyway.getConfiguration())
          .target(version)
          .load()
          .migrate();
      load(zip, manifest, dataSource);
      return new BackupManifestSummary(
          manifest.schemaVersion(), manifest.takenAt(), manifest.rowsByTable());
    }
  }

  private static void refuseUnlessEmpty(Flyway flyway, Path backup) {
    if (flyway.info().applied().length > 0) {
      throw new RestoreRefusedException(
          "Not restoring "
              + backup
              + ": this working folder already has a Recoup"
              + " database. Restore into an empty working folder, or start without RECOUP_RESTORE_FROM.");
    }
  }

  private static void load(ZipFile zip, BackupManifest manifest, DataSource dataSource)
      throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
      sql.sql("set local session_replication_role = replica").update();
      // migrations seed some tables (the default cadence, templates): the backup's rows replace
      // them
      sql.sql(
              "truncate "
                  + String.join(
                      ", ",
                      manifest.columnsByTable().keySet().stream()
                          .map(BackupManifest::quoted)
                          .toList()))
          .update();
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (var table : manifest.columnsByTable().entrySet()) {
        try (InputStream rows =
            zip.getInputStream(zip.getEntry(BackupManifest.tableEntry(table.getKey())))) {
          copy.copyIn(
              "copy "
                  + BackupManifest.quoted(table.getKey())
                  + " ("
                  + BackupManifest.columnList(table.getValue())
                  + ") from stdin",
              rows);
        }
      }
      manifest
          .sequences()
          .forEach(
              (sequence, value) ->
                  sql.sql("select setval(?::regclass, ?)")
                      .params(BackupManifest.quoted(sequence), value)
                      .query(Long.class)
                      .single());
      connection.commit();
    }
  }
}
