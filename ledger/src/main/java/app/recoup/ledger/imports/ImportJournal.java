package app.recoup.ledger.imports;

import app.recoup.ledger.PostgresText;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records an import as it runs, and reads its refused rows back one at a time. Errors are appended
 * row by row instead of saving the aggregate, which would rewrite every error already stored each
 * time.
 */
@Component
public class ImportJournal {

  private final JdbcAggregateOperations aggregates;
  private final JdbcTemplate jdbc;

  ImportJournal(JdbcAggregateOperations aggregates, JdbcTemplate jdbc) {
    this.aggregates = aggregates;
    this.jdbc = jdbc;
  }

  /**
   * @param totalRows the rows a validation pass counted, or null when the file streams in unread
   * @param uploadId the staged upload it reads, kept until it ends; null when nothing is kept
   */
  public UUID start(String filename, String createdBy, Integer totalRows, UUID uploadId) {
    return aggregates
        .insert(new ImportBatch(UUID.randomUUID(), filename, createdBy, totalRows, uploadId))
        .getId();
  }

  /**
   * Marks interrupted every running import whose heartbeat (one per committed batch) is older than
   * {@code staleAfter}: the process running it is gone. Returns how many.
   */
  public int interruptStale(Duration staleAfter) {
    return jdbc.update(
        """
        update import_batch
           set status = 'INTERRUPTED', finished_at = now(),
               failure = 'The application stopped while this import ran: ' || rows_done
                         || ' rows were committed in ' || batches_done || ' batches.'
         where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)
        """,
        staleAfter.toMillis() / 1000.0);
  }

  /** Takes an interrupted import up again; false when it is not interrupted (any more). */
  public boolean resume(UUID importId) {
    return jdbc.update(
            """
            update import_batch
               set status = 'RUNNING', failure = null, finished_at = null, heartbeat_at = now()
             where id = ? and status = 'INTERRUPTED'
            """,
            importId)
        == 1;
  }

  /** Gives up the rest of an interrupted import; false when it is not interrupted (any more). */
  public boolean discard(UUID importId, String by) {
    return jdbc.update(
            """
            update import_batch set status = 'DISCARDED', failure = failure || ' The rest was discarded by ' || ? || '.'
             where id = ? and status = 'INTERRUPTED'
            """,
            by,
            importId)
        == 1;
  }

  /** The file's format and header row as the file wrote it, once recognised. */
  public void recognised(UUID importId, String format, List<String> header) {
    jdbc.update(
        connection -> {
          PreparedStatement update =
              connection.prepareStatement(
                  "update import_batch set format = ?, header = ? where id = ?");
          update.setString(1, format);
          update.setArray(2, connection.createArrayOf("text", header.toArray()));
          update.setObject(3, importId);
          return update;
        });
  }

  public List<String> header(UUID importId) {
    return jdbc
        .query(
            "select header from import_batch where id = ? and header is not null",
            (row, index) -> strings(row.getArray(1)),
            importId)
        .stream()
        .findFirst()
        .orElse(List.of());
  }

  public void recordErrors(UUID importId, List<RefusedRow> refused) {
    List<Object[]> rows = new ArrayList<>();
    for (RefusedRow row : refused) {
      for (ImportError error : row.errors()) {
        rows.add(new Object[] {error, row.cells()});
      }
    }
    jdbc.batchUpdate(
        "insert into import_error (import_id, row_no, field, value, message, source)"
            + " values (?, ?, ?, ?, ?, ?)",
        rows,
        500,
        (statement, pair) -> {
          ImportError error = (ImportError) pair[0];
          statement.setObject(1, importId);
          statement.setLong(2, error.row());
          statement.setString(3, error.field());
          statement.setString(4, PostgresText.withoutNul(error.value()));
          statement.setString(5, PostgresText.withoutNul(error.message()));
          statement.setArray(
              6,
              statement
                  .getConnection()
                  .createArrayOf(
                      "text",
                      ((List<?>) pair[1])
                          .stream().map(cell -> PostgresText.withoutNul((String) cell)).toArray()));
        });
  }

  /** What the import has done so far, written with each batch so a page can show progress. */
  public void progress(UUID importId, ImportCounts counts, int rowsDone, int batchesDone) {
    jdbc.update(
        """
        update import_batch
           set imported = ?, updated = ?, unchanged = ?, rejected = ?, rows_done = ?, batches_done = ?,
               heartbeat_at = now()
         where id = ?
        """,
        counts.imported(),
        counts.updated(),
        counts.unchanged(),
        counts.rejected(),
        rowsDone,
        batchesDone,
        importId);
  }

  public void finish(UUID importId, String format, ImportCounts counts, String failure) {
    jdbc.update(
        """
        update import_batch
           set format = ?, status = ?, imported = ?, updated = ?, unchanged = ?, rejected = ?,
               failure = ?, finished_at = now()
         where id = ?
        """,
        format,
        (failure == null ? ImportStatus.COMPLETED : ImportStatus.FAILED).name(),
        counts.imported(),
        counts.updated(),
        counts.unchanged(),
        counts.rejected(),
        failure,
        importId);
  }

  /** The refused rows in file order, streamed: an import may refuse most of a large file. */
  public void forEachRefusedRow(UUID importId, Consumer<RefusedRow> action) {
    var grouping =
        new Object() {
          long line = -1;
          List<ImportError> errors = new ArrayList<>();
          List<String> cells = List.of();

          void emit() {
            if (!errors.isEmpty()) {
              action.accept(new RefusedRow(errors, cells));
            }
          }
        };
    jdbc.query(
        "select row_no, field, value, message, source from import_error"
            + " where import_id = ? order by row_no, id",
        (ResultSet row) -> {
          long line = row.getLong("row_no");
          if (line != grouping.line) {
            grouping.emit();
            grouping.line = line;
            grouping.errors = new ArrayList<>();
            grouping.cells =
                Optional.ofNullable(row.getArray("source"))
                    .map(ImportJournal::strings)
                    .orElse(List.of());
          }
          grouping.errors.add(
              new ImportError(
                  line, row.getString("field"), row.getString("value"), row.getString("message")));
        },
        importId);
    grouping.emit();
  }

  private static List<String> strings(Array array) {
    try {
      return Arrays.stream((Object[]) array.getArray()).map(cell -> (String) cell).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a text array", e);
    }
  }
}
