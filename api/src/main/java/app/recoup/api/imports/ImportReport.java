package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportBatch;
import app.recoup.ledger.imports.ImportCounts;
import java.util.List;
import java.util.UUID;

/** An import as the API shows it. */
public record ImportReport(
    UUID id,
    String filename,
    String format,
    String status,
    String failure,
    int imported,
    int updated,
    int unchanged,
    int rejected,
    List<RowError> errors) {

  public record RowError(long row, String field, String message) {}

  static ImportReport of(ImportBatch batch) {
    ImportCounts counts = batch.counts();
    return new ImportReport(
        batch.getId(),
        batch.getFilename(),
        batch.getFormat(),
        batch.getStatus().name(),
        batch.getFailure(),
        counts.imported(),
        counts.updated(),
        counts.unchanged(),
        counts.rejected(),
        batch.errors().stream()
            .map(error -> new RowError(error.row(), error.field(), error.message()))
            .toList());
  }
}
