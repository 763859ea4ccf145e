package app.recoup.api.imports;

import app.recoup.api.problems.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "imports")
@RestController
@RequestMapping("/api/imports")
class ImportController {

  private static final String UNREADABLE =
      "The file could not be read: a problem whose detail says why, with the rows refused by then"
          + " under errors (each with its row); its instance is the import's report";

  private final InvoiceImporter importer;
  private final SampleData sample;

  ImportController(InvoiceImporter importer, SampleData sample) {
    this.importer = importer;
    this.sample = sample;
  }

  @Operation(
      summary = "Import invoices: a CSV as the body, or a file as the multipart part `file`",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(
                    mediaType = "text/csv",
                    schema = @Schema(type = "string"),
                    examples =
                        @ExampleObject(
                            "invoice_number,customer,email,currency,total,issue_date,due_date\n"
                                + "INV-1042,Acme GmbH,ap@acme.example,EUR,1250.00,2026-05-01,2026-05-31")),
                @Content(
                    mediaType = "multipart/form-data",
                    schema = @Schema(type = "object", requiredProperties = "file"))
              }))
  @ApiResponse(responseCode = "201", description = "the import's report")
  @ApiResponse(
      responseCode = "422",
      description = UNREADABLE,
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @PostMapping(consumes = "text/csv")
  ResponseEntity<ImportReport> importCsv(
      InputStream body,
      @RequestHeader(name = "X-Filename", required = false) String filename,
      @RequestParam(name = DateOrder.PARAMETER, required = false) String dates,
      Principal user) {
    return created(
        importer.importFile(body, filename, user.getName(), DateOrder.fromParameter(dates)));
  }

  @Operation(summary = "Import invoices: a CSV as the body, or a file as the multipart part `file`")
  @ApiResponse(responseCode = "201", description = "the import's report")
  @ApiResponse(
      responseCode = "422",
      description = UNREADABLE,
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
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
  @ApiResponse(responseCode = "201", description = "the import's report")
  @PostMapping("/sample")
  ResponseEntity<ImportReport> importSample(Principal user) throws IOException {
    return created(sample.load(user.getName()));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> show(@PathVariable String id) {
    return parse(id)
        .flatMap(importer::find)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> Problems.answer(HttpStatus.NOT_FOUND, "No import with id " + id));
  }

  /**
   * A file that could not be read: a problem whose detail says why, with the rows refused by then
   * under {@code errors} (each with its {@code row}); its {@code instance} is the import's report.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(ImportRefusedException refused) {
    ImportReport report = refused.report();
    ResponseEntity<ProblemDetail> answer =
        Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, report.failure());
    ProblemDetail problem = answer.getBody();
    problem.setInstance(reportUri(report));
    problem.setProperty("importId", report.id());
    if (!report.errors().isEmpty()) {
      problem.setProperty("errors", report.errors());
    }
    return answer;
  }

  private static ResponseEntity<ImportReport> created(ImportReport report) {
    return ResponseEntity.created(reportUri(report)).body(report);
  }

  private static URI reportUri(ImportReport report) {
    return URI.create("/api/imports/" + report.id());
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
