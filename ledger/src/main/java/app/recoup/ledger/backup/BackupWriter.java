package app.recoup.ledger.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Writes every table of the database as PostgreSQL's COPY text into one zip file, all read in one
 * read-only REPEATABLE READ transaction: one snapshot, consistent across tables, taken while Recoup
 * keeps running. The bundled PostgreSQL has no pg_dump; COPY text is also what lets a backup move
 * to another PostgreSQL major version. The schema itself is not copied: a restore rebuilds it with
 * the same Flyway migrations, up to the version the manifest names.
 */
@Component
public class BackupWriter {

  static final String FLYWAY_HISTORY = "flyway_schema_history";

  private final DataSource dataSource;

  BackupWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes the backup to {@code out} (left open) and answers how many rows each table had. */
  public Map<String, Long> write(OutputStream out, Instant takenAt)
      throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      try {
        return write(connection, out, takenAt);
      } finally {
        connection.rollback();
      }
    }
  }

  private Map<String, Long> write(Connection connection, OutputStream out, Instant takenAt)
      throws SQLException, IOException {
    JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    // the first query fixes the snapshot every later one reads
    String schemaVersion =
        sql.sql(
                "select version from "
                    + FLYWAY_HISTORY
                    + " where success and version is not null order by installed_rank desc limit 1")
            .query(String.class)
            .single();
    String postgresVersion = sql.sql("show server_version").query(String.class).single();
    Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
    for (String table :
        sql.sql(
                """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> ?
            order by c.relname""")
            .param(FLYWAY_HISTORY)
            .query(String.class)
            .list()) {
      columnsByTable.put(
          table,
          sql.sql(
                  """
              select attname from pg_attribute
              where attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                and attnum > 0 and not attisdropped and attgenerated = ''
              order by attnum""")
              .param(table)
              .query(String.class)
              .list());
    }
    Map<String, Long> sequences = new LinkedHashMap<>();
    sql.sql(
            "select sequencename, last_value from pg_sequences where schemaname = current_schema()"
                + " and last_value is not null order by sequencename")
        .query(
            rs -> {
              sequences.put(rs.getString(1), rs.getLong(2));
            });

    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    ZipOutputStream zip = new ZipOutputStream(out);
    Map<String, Long> rowsByTable = new LinkedHashMap<>();
    for (var table : columnsByTable.entrySet()) {
      zip.putNextEntry(new ZipEntry(BackupManifest.tableEntry(table.getKey())));
      rowsByTable.put(
          table.getKey(),
          copy.copyOut(
              "copy "
                  + BackupManifest.quoted(table.getKey())
                  + " ("
                  + BackupManifest.columnList(table.getValue())
                  + ") to stdout",
              zip));
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
    new BackupManifest(
            schemaVersion, postgresVersion, takenAt, columnsByTable, rowsByTable, sequences)
        .writeTo(zip);
    zip.closeEntry();
    zip.finish();
    return rowsByTable;
  }
}
