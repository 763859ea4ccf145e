package app.recoup.web.imports;

import app.recoup.api.imports.DateOrder;
import app.recoup.ledger.imports.StagedFile;
import app.recoup.ledger.imports.StagedFiles;
import app.recoup.ledger.leases.JobLeases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for their uploader to commit or cancel the import, kept in PostgreSQL
 * (never in the session, nor on one replica's disk: the preview, the commit and a resumption may
 * each reach another replica). An upload left alone for {@code staged-for} is swept away.
 */
@Component
class StagedUploads {

  private final StagedFiles files;
  private final JobLeases leases;
  private final Clock clock;
  private final Duration keptFor;
  private final Duration sweepEvery;

  StagedUploads(
      StagedFiles files,
      JobLeases leases,
      Clock clock,
      @Value("${recoup.imports.staged-for:PT1H}") Duration keptFor,
      @Value("${recoup.imports.staging-sweep:PT5M}") Duration sweepEvery) {
    this.files = files;
    this.leases = leases;
    this.clock = clock;
    this.keptFor = keptFor;
    this.sweepEvery = sweepEvery;
  }

  StagedUpload stage(InputStream content, String filename, String owner, DateOrder dateOrder)
      throws IOException {
    StagedUpload staged =
        new StagedUpload(
            UUID.randomUUID(), filename == null ? "" : filename, owner, dateOrder, null);
    files.stage(
        new StagedFile(
            staged.id(),
            owner,
            staged.filename(),
            dateOrder == null ? null : dateOrder.value(),
            null,
            false),
        content,
        clock.instant());
    return staged;
  }

  /** The upload still waiting, to the user who made it; no one else learns it exists. */
  Optional<StagedUpload> find(UUID id, String user) {
    return files
        .find(id)
        .filter(file -> !file.claimed() && user.equals(file.owner()))
        .map(StagedUploads::upload);
  }

  /**
   * The upload an import took and did not finish (the application stopped while it ran), while it
   * is kept ({@code staged-for} after it was taken).
   */
  Optional<StagedUpload> interrupted(UUID id) {
    return files.find(id).filter(StagedFile::claimed).map(StagedUploads::upload);
  }

  /** The file of an {@link #interrupted} upload, from its first row. */
  InputStream reopen(StagedUpload interrupted) {
    return files.open(interrupted.id());
  }

  /** Keeps the row count of a preview, so the import's progress can be told against it. */
  StagedUpload counted(StagedUpload staged, int rows) {
    files.counted(staged.id(), rows);
    return new StagedUpload(
        staged.id(), staged.filename(), staged.owner(), staged.dateOrder(), rows);
  }

  InputStream open(StagedUpload staged) {
    return files.open(staged.id());
  }

  /**
   * Takes the upload out of waiting, once, whichever replica is asked: a second commit (a double
   * click) finds nothing.
   *
   * @throws NoSuchFileException when it was claimed, cancelled or swept already
   */
  InputStream claim(StagedUpload staged) throws NoSuchFileException {
    if (!files.claim(staged.id(), clock.instant())) {
      throw new NoSuchFileException("the upload " + staged.id());
    }
    return files.open(staged.id());
  }

  void discard(UUID id) {
    files.discard(id);
  }

  @Scheduled(fixedDelayString = "${recoup.imports.staging-sweep:PT5M}")
  void sweep() {
    leases.runOnce(
        "staged-upload-sweep", sweepEvery, () -> files.sweep(clock.instant().minus(keptFor)));
  }

  private static StagedUpload upload(StagedFile file) {
    return new StagedUpload(
        file.id(),
        file.filename(),
        file.owner(),
        DateOrder.fromParameter(file.dateOrder()),
        file.rows());
  }
}
