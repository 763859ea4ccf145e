package app.recoup.api.process;

import app.recoup.ledger.touches.AwaitingApproval;
import app.recoup.ledger.touches.Touches;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approval inbox: drafts waiting for a person, and their decisions. A decision goes to the
 * case's workflow as an update, so the caller learns at once whether it was taken: a draft already
 * decided, or not the one waiting, is refused with 409 and changes nothing. Viewers may read the
 * inbox; admins and collectors decide.
 */
@RestController
class ApprovalController {

  private final Touches touches;
  private final CaseCommands commands;

  ApprovalController(Touches touches, CaseCommands commands) {
    this.touches = touches;
    this.commands = commands;
  }

  @GetMapping("/api/approvals")
  List<AwaitingApproval> awaiting() {
    return touches.awaitingApproval();
  }

  record ApproveRequest(String subject, String body) {}

  record SkipRequest(String reason) {}

  record Decided(String invoiceNumber, int step, String decision, String by) {}

  @PostMapping("/api/cases/{invoiceNumber}/touches/{step}/approve")
  Decided approve(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      @RequestBody(required = false) ApproveRequest edit,
      Authentication user) {
    ApproveRequest request = edit == null ? new ApproveRequest(null, null) : edit;
    commands.approve(invoiceNumber, step, request.subject(), request.body(), user);
    return new Decided(invoiceNumber, step, request.subject() == null && request.body() == null ? "APPROVED" : "EDITED",
        user.getName());
  }

  @PostMapping("/api/cases/{invoiceNumber}/touches/{step}/skip")
  Decided skip(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      @RequestBody(required = false) SkipRequest skip,
      Authentication user) {
    commands.skip(invoiceNumber, step, skip == null ? null : skip.reason(), user);
    return new Decided(invoiceNumber, step, "SKIPPED", user.getName());
  }
}
