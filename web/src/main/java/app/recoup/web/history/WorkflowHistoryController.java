package app.recoup.web.history;

import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Admin only (SecurityConfiguration guards /admin/**): a case's workflow, event by event. */
@Controller
class WorkflowHistoryController {

  private final CaseFiles files;
  private final HistoryReader reader;
  private final String temporalUiUrl;
  private final boolean localTemporal;

  WorkflowHistoryController(
      CaseFiles files,
      HistoryReader reader,
      @Value("${recoup.temporal.ui-url:}") String temporalUiUrl,
      @Value("${spring.temporal.test-server.enabled:false}") boolean localTemporal) {
    this.localTemporal = localTemporal;
    this.files = files;
    this.reader = reader;
    this.temporalUiUrl = temporalUiUrl.replaceAll("/+$", "");
  }

  @GetMapping("/admin/cases/{invoiceNumber}/history")
  String history(
      @PathVariable String invoiceNumber,
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "false") boolean all,
      Model model,
      HttpServletResponse response) {
    CaseHeader header =
        files
            .header(invoiceNumber)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No case for " + invoiceNumber));
    Optional<WorkflowHistory> history = reader.read(header.workflowId(), run);
    model.addAttribute("c", header);
    model.addAttribute("all", all);
    model.addAttribute("localTemporal", localTemporal);
    history.ifPresent(found -> model.addAttribute("history", found));
    if (history.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    } else if (!temporalUiUrl.isEmpty()) {
      model.addAttribute(
          "temporalUi",
          temporalUiUrl
              + "/namespaces/"
              + UriUtils.encodePathSegment(reader.namespace(), "UTF-8")
              + "/workflows/"
              + UriUtils.encodePathSegment(header.workflowId(), "UTF-8")
              + "/"
              + UriUtils.encodePathSegment(history.get().runId(), "UTF-8")
              + "/history");
    }
    return "workflow-history";
  }
}
