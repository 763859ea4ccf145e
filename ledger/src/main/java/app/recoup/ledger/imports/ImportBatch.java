package app.recoup.ledger.imports;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One uploaded file and what became of it. Written while the file streams in (see {@link
 * ImportJournal}), read back whole.
 */
@Table("import_batch")
public class ImportBatch {

  @Id private UUID id;
  private String filename;
  private String format;
  private ImportStatus status = ImportStatus.RUNNING;
  private int imported;
  private int updated;
  private int unchanged;
  private int rejected;
  private String failure;
  private String createdBy;
  private Instant startedAt = Instant.now();
  private Instant finishedAt;
  private Integer totalRows;
  private int rowsDone;
  private int batchesDone;
  private UUID uploadId;

  @MappedCollection(idColumn = "import_id")
  private Set<ImportError> errors = new HashSet<>();

  protected ImportBatch() {}

  ImportBatch(UUID id, String filename, String createdBy, Integer totalRows, UUID uploadId) {
    this.id = id;
    this.filename = filename;
    this.createdBy = createdBy;
    this.totalRows = totalRows;
    this.uploadId = uploadId;
  }

  public UUID getId() {
    return id;
  }

  public String getFilename() {
    return filename;
  }

  public String getFormat() {
    return format;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public ImportCounts counts() {
    return new ImportCounts(imported, updated, unchanged, rejected);
  }

  public String getFailure() {
    return failure;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** The rows a validation pass counted before the import began, when one did. */
  public Integer getTotalRows() {
    return totalRows;
  }

  public int getRowsDone() {
    return rowsDone;
  }

  public int getBatchesDone() {
    return batchesDone;
  }

  /** The staged upload the import reads, which a resumed import reads again; null when not kept. */
  public UUID getUploadId() {
    return uploadId;
  }

  /** The refusals in file order. */
  public List<ImportError> errors() {
    return errors.stream()
        .sorted(Comparator.comparingLong(ImportError::row).thenComparing(ImportError::message))
        .toList();
  }
}
