package app.recoup.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Invoice files in (a CSV body or a multipart upload), import reports out. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

  private final InvoiceImporter importer;
  private final SampleData sample;

  ImportController(InvoiceImporter importer, SampleData sample) {
    this.importer = importer;
    this.sample = sample;
  }

  @PostMapping(consumes = "text/csv")
  ResponseEntity<ImportReport> importCsv(
      InputStream body,
      @RequestHeader(name = "X-Filename", required = false) String filename,
      @RequestParam(name = DateOrder.PARAMETER, required = false) String dates,
      Principal user) {
    return created(
        importer.importFile(body, filename, user.getName(), DateOrder.fromParameter(dates)));
  }

  @PostMapping(consumes = "multipart/form-data")
  ResponseEntity<ImportReport> importUpload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = DateOrder.PARAMETER, required = false) String dates,
      Principal user)
      throws IOException {
    DateOrder dateOrder = DateOrder.fromParameter(dates);
    try (InputStream content = file.getInputStream()) {
      return created(
          importer.importFile(content, file.getOriginalFilename(), user.getName(), dateOrder));
    }
  }

  /** Demo data for an empty installation, dated relative to today. */
  @PostMapping("/sample")
  ResponseEntity<ImportReport> importSample(Principal user) throws IOException {
    return created(sample.load(user.getName()));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> show(@PathVariable String id) {
    return parse(id)
        .flatMap(importer::find)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(
                        ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND, "No import with id " + id)));
  }

  @ExceptionHandler
  ResponseEntity<ImportReport> refused(ImportRefusedException refused) {
    return ResponseEntity.unprocessableContent().body(refused.report());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> badDateOrder(DateOrder.InvalidDateOrderException invalid) {
    return ResponseEntity.badRequest()
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage()));
  }

  private static ResponseEntity<ImportReport> created(ImportReport report) {
    return ResponseEntity.created(URI.create("/api/imports/" + report.id())).body(report);
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
