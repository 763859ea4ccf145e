package app.recoup.api.notes;

import app.recoup.ledger.notes.CallLog;
import app.recoup.workflows.vocabulary.CallOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls made on a case, logged by the caller. A call that ended in a promise or a dispute is only
 * the call: the answer names the route that records the promise or opens the dispute, which the
 * caller takes next with the date, amount or reason the call gave.
 */
@Tag(name = "calls")
@RestController
class CallController {

  private final CaseNotebook notebook;

  CallController(CaseNotebook notebook) {
    this.notebook = notebook;
  }

  /**
   * @param continueWith for a promise or a dispute, the route that records it; null otherwise
   */
  record CallLogged(CallLog call, String continueWith) {}

  @Operation(summary = "Log a call on the case")
  @PostMapping("/api/cases/{invoiceNumber}/calls")
  @ResponseStatus(HttpStatus.CREATED)
  CallLogged log(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) CaseNotebook.CallEntry request,
      Authentication user) {
    CaseNotebook.CallEntry given =
        request == null ? new CaseNotebook.CallEntry(null, null, null, null, null) : request;
    CallLog call = notebook.logCall(invoiceNumber, given, user.getName());
    return new CallLogged(call, continueWith(invoiceNumber, call.outcome()));
  }

  @Operation(summary = "The case's calls, newest first")
  @GetMapping("/api/cases/{invoiceNumber}/calls")
  List<CallLog> list(@PathVariable String invoiceNumber) {
    return notebook.calls(invoiceNumber);
  }

  private static String continueWith(String invoiceNumber, CallOutcome outcome) {
    return switch (outcome) {
      case PROMISED -> "/api/cases/" + invoiceNumber + "/promises";
      case DISPUTED -> "/api/cases/" + invoiceNumber + "/disputes";
      default -> null;
    };
  }
}
