package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportBatch;
import app.recoup.ledger.imports.ImportStatus;

/**
 * How far an import has come.
 *
 * @param totalRows the rows counted before it began, or null when it was not previewed
 */
public record ImportProgress(
    ImportReport report, String createdBy, Integer totalRows, int rowsDone, int batchesDone) {

  static ImportProgress of(ImportBatch batch) {
    return new ImportProgress(
        ImportReport.of(batch),
        batch.getCreatedBy(),
        batch.getTotalRows(),
        batch.getRowsDone(),
        batch.getBatchesDone());
  }

  /** The format as a person knows it, or null when the file was not recognised. */
  public String formatName() {
    return report.format() == null ? null : SourceFormat.valueOf(report.format()).description();
  }

  public boolean running() {
    return ImportStatus.RUNNING.name().equals(report.status());
  }

  /** Whole percent of the counted rows done; a file read while it streamed shows none. */
  public int percent() {
    if (totalRows == null || totalRows == 0) {
      return running() ? 0 : 100;
    }
    return (int) Math.min(100, 100L * rowsDone / totalRows);
  }
}
