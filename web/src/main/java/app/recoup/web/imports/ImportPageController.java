package app.recoup.web.imports;

import app.recoup.api.imports.ImportRefusedException;
import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.api.imports.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
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

/** The browser's way in for invoice files: upload, then read the import's report. */
@Controller
class ImportPageController {

  private final InvoiceImporter importer;
  private final SampleData sample;

  ImportPageController(InvoiceImporter importer, SampleData sample) {
    this.importer = importer;
    this.sample = sample;
  }

  @PostMapping("/imports")
  String upload(@RequestParam("file") MultipartFile file, Principal user, Model model)
      throws IOException {
    try (InputStream content = file.getInputStream()) {
      return "redirect:/imports/"
          + importer.importFile(content, file.getOriginalFilename(), user.getName()).id();
    } catch (ImportRefusedException refused) {
      return show(refused.report(), model);
    }
  }

  @PostMapping("/imports/sample")
  String loadSample(Principal user) throws IOException {
    return "redirect:/imports/" + sample.load(user.getName()).id();
  }

  @GetMapping("/imports/{id}")
  String report(@PathVariable UUID id, Model model) {
    return show(
        importer
            .find(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import")),
        model);
  }

  private static String show(ImportReport report, Model model) {
    model.addAttribute("report", report);
    return "import-report";
  }
}
