package app.recoup.api.imports;

import app.recoup.ledger.imports.ImportBatch;
import app.recoup.ledger.imports.ImportStatus;
import java.util.Optional;
import java.util.UUID;

/**
 * How far an import has come.
 *
 * @param totalRows the rows counted before it began, or null when it was not previewed
 * @param keptUpload the staged upload it reads, or null when none was kept
 */
public record ImportProgress(
    ImportReport report,
    String createdBy,
    Integer totalRows,
    int rowsDone,
    int batchesDone,
    UUID keptUpload) {

  static ImportProgress of(ImportBatch batch) {
    return new ImportProgress(
        ImportReport.of(batch),
        batch.getCreatedBy(),
        batch.getTotalRows(),
        batch.getRowsDone(),
        batch.getBatchesDone(),
        batch.getUploadId());
  }

  /** The staged upload it reads, when one was kept (page imports); empty for API imports. */
  public Optional<UUID> uploadId() {
    return Optional.ofNullable(keptUpload);
  }

  /** The application stopped while it ran: a person resumes it or discards the rest. */
  public boolean interrupted() {
    return ImportStatus.INTERRUPTED.name().equals(report.status());
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
