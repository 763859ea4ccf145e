package app.recoup.web.imports;

import app.recoup.api.imports.ImportRefusedException;
import app.recoup.api.imports.InvoiceImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs committed imports in the background so the page can show their progress. The importer
 * records how each one ends (failures included); the staged file goes once the run is over.
 * When both threads are busy and the queue is full, the committing request runs the import
 * itself rather than lose it.
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
        importer.start(staged.filename(), staged.owner(), staged.rows() == null ? 0 : staged.rows());
    executor.execute(() -> run(importId, content, staged));
    return importId;
  }

  private void run(UUID importId, InputStream content, StagedUpload staged) {
    try (content) {
      importer.run(importId, content, staged.dateOrder());
    } catch (ImportRefusedException refused) {
      log.info("Import {} refused: {}", importId, refused.report().failure());
    } catch (IOException | RuntimeException failed) {
      log.error("Import {} failed", importId, failed);
    } finally {
      staging.discard(staged.id());
    }
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
