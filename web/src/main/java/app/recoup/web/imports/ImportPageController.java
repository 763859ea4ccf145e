package app.recoup.web.imports;

import app.recoup.api.imports.DateOrder;
import app.recoup.api.imports.ImportNotInterruptedException;
import app.recoup.api.imports.ImportPreview;
import app.recoup.api.imports.ImportProgress;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.api.imports.SampleData;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The browser's way in for invoice files: upload, look at what would be imported, then commit (the
 * import runs in the background while the page shows its progress) or cancel.
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
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = DateOrder.PARAMETER, required = false) String dates,
      Principal user,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("failure", "The uploaded file is empty: choose the CSV to import.");
      return "import";
    }
    DateOrder dateOrder;
    try {
      dateOrder = DateOrder.fromParameter(dates);
    } catch (DateOrder.InvalidDateOrderException invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("failure", invalid.getMessage());
      return "import";
    }
    try (InputStream content = file.getInputStream()) {
      return "redirect:/imports/staged/"
          + staging.stage(content, file.getOriginalFilename(), user.getName(), dateOrder).id();
    }
  }

  @GetMapping("/imports/staged/{id}")
  String preview(@PathVariable UUID id, Principal user, Model model, HttpServletResponse response)
      throws IOException {
    Optional<StagedUpload> found = staging.find(id, user.getName());
    if (found.isEmpty()) {
      return gone(model, response);
    }
    StagedUpload staged = found.get();
    ImportPreview preview;
    try (InputStream content = staging.open(staged)) {
      preview = importer.preview(content, staged.dateOrder());
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
  String commit(@PathVariable UUID id, Principal user, Model model, HttpServletResponse response)
      throws IOException {
    Optional<StagedUpload> found = staging.find(id, user.getName());
    try {
      return found.isEmpty()
          ? gone(model, response)
          : "redirect:/imports/" + runner.commit(found.get());
    } catch (NoSuchFileException committedMeanwhile) {
      return gone(model, response);
    }
  }

  @PostMapping("/imports/staged/{id}/cancel")
  String cancel(@PathVariable UUID id, Principal user, Model model, HttpServletResponse response) {
    if (staging.find(id, user.getName()).isEmpty()) {
      return gone(model, response);
    }
    staging.discard(id);
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

  @PostMapping("/imports/{id}/resume")
  String resume(@PathVariable UUID id, Model model, HttpServletResponse response)
      throws IOException {
    try {
      runner.resume(id);
    } catch (NoSuchFileException notKept) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("progress", progress(id));
      model.addAttribute("failure", InterruptedImportController.FILE_NOT_KEPT);
      return "import-report";
    } catch (ImportNotInterruptedException alreadyTaken) {
      // resumed or discarded meanwhile: the page shows where it stands
    }
    return "redirect:/imports/" + id;
  }

  @PostMapping("/imports/{id}/discard")
  String discard(@PathVariable UUID id, Principal user) {
    try {
      runner.discard(id, user.getName());
    } catch (ImportNotInterruptedException alreadyTaken) {
      // resumed or discarded meanwhile: the page shows where it stands
    }
    return "redirect:/imports/" + id;
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

  /** Someone else's upload, or one imported, cancelled or expired: offer to upload again. */
  private static String gone(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute(
        "failure",
        "No upload is waiting at this address: it was imported, cancelled or has expired."
            + " Upload the file again.");
    return "import";
  }
}
