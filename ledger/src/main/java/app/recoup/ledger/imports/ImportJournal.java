package app.recoup.ledger.imports;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records an import as it runs. Errors are appended row by row instead of saving the aggregate,
 * which would rewrite every error already stored each time.
 */
@Component
public class ImportJournal {

  private final JdbcAggregateOperations aggregates;
  private final JdbcTemplate jdbc;

  ImportJournal(JdbcAggregateOperations aggregates, JdbcTemplate jdbc) {
    this.aggregates = aggregates;
    this.jdbc = jdbc;
  }

  public UUID start(String filename, String createdBy) {
    return aggregates.insert(new ImportBatch(UUID.randomUUID(), filename, createdBy)).getId();
  }

  public void recordErrors(UUID importId, List<ImportError> errors) {
    jdbc.batchUpdate(
        "insert into import_error (import_id, row_no, field, message) values (?, ?, ?, ?)",
        errors,
        500,
        (statement, error) -> {
          statement.setObject(1, importId);
          statement.setLong(2, error.row());
          statement.setString(3, error.field());
          statement.setString(4, error.message());
        });
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
}
