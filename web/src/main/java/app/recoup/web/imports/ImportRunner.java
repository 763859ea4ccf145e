package app.recoup.web.imports;

import app.recoup.api.imports.DateOrder;
import app.recoup.api.imports.ImportNotInterruptedException;
import app.recoup.api.imports.ImportProgress;
import app.recoup.api.imports.ImportRefusedException;
import app.recoup.api.imports.InvoiceImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs committed imports in the background so the page can show their progress. The importer
 * records how each one ends (failures included); the staged file goes once the run is over. When
 * both threads are busy and the queue is full, the committing request runs the import itself rather
 * than lose it.
 */
@Component
class ImportRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final InvoiceImporter importer;
  private final StagedUploads staging;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  ImportRunner(InvoiceImporter importer, StagedUploads staging) {
    this.importer = importer;
    this.staging = staging;
    executor.setThreadNamePrefix("import-");
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setQueueCapacity(20);
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(60);
    executor.initialize();
  }

  /**
   * Starts importing the staged file; the import's id is known before a row is read.
   *
   * @throws java.nio.file.NoSuchFileException when the upload was committed or cancelled already
   */
  UUID commit(StagedUpload staged) throws IOException {
    InputStream content = staging.claim(staged);
    UUID importId =
        importer.start(
            staged.filename(),
            staged.owner(),
            staged.rows() == null ? 0 : staged.rows(),
            staged.id());
    executor.execute(() -> run(importId, content, staged, importer::run));
    return importId;
  }

  /**
   * Imports the rest of an interrupted import from its kept upload, in the background.
   *
   * @throws ImportNotInterruptedException when it is not interrupted
   * @throws NoSuchFileException when its file was not kept (an API import) or is kept no more
   */
  void resume(UUID importId) throws IOException {
    ImportProgress progress =
        importer.progress(importId).orElseThrow(() -> new ImportNotInterruptedException(importId));
    if (!progress.interrupted()) {
      throw new ImportNotInterruptedException(importId);
    }
    StagedUpload staged =
        progress
            .uploadId()
            .flatMap(staging::interrupted)
            .orElseThrow(() -> new NoSuchFileException("the file of import " + importId));
    InputStream content = staging.reopen(staged);
    executor.execute(() -> run(importId, content, staged, importer::resume));
  }

  /** Gives up the rest of an interrupted import and its kept upload. */
  void discard(UUID importId, String by) {
    importer.discard(importId, by);
    importer.progress(importId).flatMap(ImportProgress::uploadId).ifPresent(staging::discard);
  }

  private void run(UUID importId, InputStream content, StagedUpload staged, Importing importing) {
    try (content) {
      importing.run(importId, content, staged.dateOrder());
    } catch (ImportRefusedException refused) {
      log.info("Import {} refused: {}", importId, refused.report().failure());
    } catch (IOException | RuntimeException failed) {
      log.error("Import {} failed", importId, failed);
    } finally {
      staging.discard(staged.id());
    }
  }

  /** A first run or a resumption. */
  @FunctionalInterface
  private interface Importing {
    void run(UUID importId, InputStream content, DateOrder dateOrder);
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
