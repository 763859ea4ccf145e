package app.recoup.web.imports;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.api.problems.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An import the application was running when it stopped: resume it from its kept upload, or discard
 * the rest (the rows it committed stay either way). Next to the import API; here because the kept
 * uploads belong to the pages' staging.
 */
@Tag(name = "imports")
@RestController
@RequestMapping("/api/imports/{id}")
class InterruptedImportController {

  static final String FILE_NOT_KEPT =
      "The file of this import was not kept (it came through the API, or the upload has expired):"
          + " discard it and import the file again; rows already committed import again unchanged.";

  private final ImportRunner runner;
  private final InvoiceImporter importer;

  InterruptedImportController(ImportRunner runner, InvoiceImporter importer) {
    this.runner = runner;
    this.importer = importer;
  }

  /** Answers 202 with the import, running again; its progress is read back as any import's. */
  @PostMapping("/resume")
  ResponseEntity<ImportReport> resume(@PathVariable UUID id) throws IOException {
    runner.resume(id);
    return ResponseEntity.accepted().body(importer.find(id).orElseThrow());
  }

  @PostMapping("/discard")
  ImportReport discard(@PathVariable UUID id, Principal user) {
    runner.discard(id, user.getName());
    return importer.find(id).orElseThrow();
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> fileNotKept(NoSuchFileException gone) {
    return Problems.answer(HttpStatus.CONFLICT, FILE_NOT_KEPT);
  }
}
