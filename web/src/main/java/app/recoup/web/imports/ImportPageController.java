package app.recoup.web.imports;

import app.recoup.api.imports.ImportPreview;
import app.recoup.api.imports.ImportProgress;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.api.imports.SampleData;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The browser's way in for invoice files: upload, look at what would be imported, then commit
 * (the import runs in the background while the page shows its progress) or cancel.
 */
@Controller
class ImportPageController {

  private final InvoiceImporter importer;
  private final StagedUploads staging;
  private final ImportRunner runner;
  private final SampleData sample;

  ImportPageController(
      InvoiceImporter importer, StagedUploads staging, ImportRunner runner, SampleData sample) {
    this.importer = importer;
    this.staging = staging;
    this.runner = runner;
    this.sample = sample;
  }

  @GetMapping("/imports")
  String uploadForm() {
    return "import";
  }

  @PostMapping("/imports")
  String upload(@RequestParam("file") MultipartFile file, Principal user) throws IOException {
    if (file.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Choose a CSV file to import: the upload was empty.");
    }
    return "redirect:/imports/staged/" + staging.stage(file, user.getName()).id();
  }

  @GetMapping("/imports/staged/{id}")
  String preview(
      @PathVariable UUID id,
      Principal user,
      Model model,
      HttpServletResponse response)
      throws IOException {
    StagedUpload staged = staged(id, user);
    ImportPreview preview;
    try (InputStream content = staging.open(staged)) {
      preview = importer.preview(content);
    }
    if (preview.readable()) {
      staged = staging.counted(staged, preview.totalRows());
    } else {
      staging.discard(id);
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
    model.addAttribute("staged", staged);
    model.addAttribute("preview", preview);
    return "import-preview";
  }

  @PostMapping("/imports/staged/{id}/commit")
  String commit(@PathVariable UUID id, Principal user) throws IOException {
    return "redirect:/imports/" + runner.commit(staged(id, user));
  }

  @PostMapping("/imports/staged/{id}/cancel")
  String cancel(@PathVariable UUID id, Principal user) {
    staging.discard(staged(id, user).id());
    return "redirect:/imports";
  }

  @PostMapping("/imports/sample")
  String loadSample(Principal user) throws IOException {
    return "redirect:/imports/" + sample.load(user.getName()).id();
  }

  @GetMapping("/imports/{id}")
  String report(@PathVariable UUID id, Model model) {
    model.addAttribute("progress", progress(id));
    return "import-report";
  }

  /** What the page polls while the import runs; once done it answers the result instead. */
  @GetMapping("/imports/{id}/progress")
  String progressFragment(@PathVariable UUID id, Model model) {
    model.addAttribute("progress", progress(id));
    return "import-status";
  }

  private ImportProgress progress(UUID id) {
    return importer
        .progress(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import"));
  }

  private StagedUpload staged(UUID id, Principal user) {
    return staging.find(id, user.getName()).orElseThrow(NoStagedUpload::new);
  }

  /** Someone else's upload, or one committed, cancelled or expired: offer to upload again. */
  @ExceptionHandler
  String noStagedUpload(NoStagedUpload missing, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute(
        "failure",
        "No upload is waiting at this address: it was imported, cancelled or has expired."
            + " Upload the file again.");
    return "import";
  }

  private static final class NoStagedUpload extends RuntimeException {
    NoStagedUpload() {
      super(null, null, false, false);
    }
  }
}
