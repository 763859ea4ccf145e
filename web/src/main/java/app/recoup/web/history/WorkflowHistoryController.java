package app.recoup.web.history;

import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Admin only (SecurityConfiguration guards /admin/**): a case's workflow, or a books sync's, event
 * by event.
 */
@Controller
class WorkflowHistoryController {

  /** The ids BooksScheduleWorkflow and BooksSyncWorkflow give their workflows. */
  private static final Pattern SYNC_WORKFLOW =
      Pattern.compile("books-(schedule-[a-z]+|sync-[a-z]+-\\d+)");

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
    model.addAttribute("c", header);
    String casePage = "/cases/" + UriUtils.encodePathSegment(invoiceNumber, "UTF-8");
    return show(
        new HistorySubject(
            invoiceNumber,
            casePage,
            "Case " + invoiceNumber,
            header.workflowId(),
            "/admin/cases/" + UriUtils.encodePathSegment(invoiceNumber, "UTF-8") + "/history",
            "A closed case's history is deleted after the namespace's retention period; an open"
                + " case without a workflow is resumed by the reconciler at the next start."),
        run,
        all,
        model,
        response);
  }

  /** A books connection's sync schedule ({@code books-schedule-<system>}) or one of its runs. */
  @GetMapping("/admin/accounting/runs/{workflowId}/history")
  String syncHistory(
      @PathVariable String workflowId,
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "false") boolean all,
      Model model,
      HttpServletResponse response) {
    if (!SYNC_WORKFLOW.matcher(workflowId).matches()) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, workflowId + " is not a books sync workflow");
    }
    return show(
        new HistorySubject(
            workflowId,
            "/settings/accounting",
            "Accounting",
            workflowId,
            "/admin/accounting/runs/" + workflowId + "/history",
            "A finished sync run's history is deleted after the namespace's retention period."),
        run,
        all,
        model,
        response);
  }

  private String show(
      HistorySubject subject, String run, boolean all, Model model, HttpServletResponse response) {
    Optional<WorkflowHistory> history = reader.read(subject.workflowId(), run);
    model.addAttribute("subject", subject);
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
              + UriUtils.encodePathSegment(subject.workflowId(), "UTF-8")
              + "/"
              + UriUtils.encodePathSegment(history.get().runId(), "UTF-8")
              + "/history");
    }
    return "workflow-history";
  }
}
