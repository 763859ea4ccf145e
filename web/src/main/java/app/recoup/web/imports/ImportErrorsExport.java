package app.recoup.web.imports;

import app.recoup.ledger.imports.ImportBatchRepository;
import app.recoup.ledger.imports.ImportError;
import app.recoup.ledger.imports.ImportJournal;
import app.recoup.web.csv.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An import's refused rows as CSV: one line per reason (line, field, value, message), followed by
 * the row's cells under the file's own header. The original cells are written exactly as the file
 * had them, so the user can fix them and upload this file again: Recoup reads columns by header and
 * ignores the first four.
 */
@Controller
class ImportErrorsExport {

  private static final List<String> REASON = List.of("line", "field", "value", "message");

  private final ImportBatchRepository imports;
  private final ImportJournal journal;

  ImportErrorsExport(ImportBatchRepository imports, ImportJournal journal) {
    this.imports = imports;
    this.journal = journal;
  }

  @GetMapping("/imports/{id}/errors.csv")
  void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    if (imports.findById(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import");
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("import-errors.csv").build().toString());
    String[] header =
        Stream.concat(REASON.stream(), journal.header(id).stream()).toArray(String[]::new);
    try (Csv csv = Csv.sheet(response.getWriter(), header)) {
      journal.forEachRefusedRow(
          id,
          row -> {
            for (ImportError error : row.errors()) {
              List<Object> record = new ArrayList<>();
              record.add(error.row());
              record.add(error.field());
              record.add(error.value());
              record.add(error.message());
              record.addAll(row.cells());
              csv.row(record);
            }
          });
    }
  }
}
