package app.recoup.api.approvals;

import app.recoup.ledger.touches.AwaitingApproval;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.Skip;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approval inbox: drafts waiting for a person, and their decisions. A decision goes to the
 * case's workflow as an update, so the caller learns at once whether it was taken: a draft already
 * decided, or not the one waiting, is refused with 409 and changes nothing.
 */
@RestController
class ApprovalController {

  private static final Set<String> DECIDERS = Set.of("ROLE_ADMIN", "ROLE_COLLECTOR");

  private final Touches touches;
  private final CaseDecisions decisions;

  ApprovalController(Touches touches, CaseDecisions decisions) {
    this.touches = touches;
    this.decisions = decisions;
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
    String by = decider(user);
    ApproveRequest request = edit == null ? new ApproveRequest(null, null) : edit;
    decisions.approve(invoiceNumber, new Approval(step, by, request.subject(), request.body()));
    return new Decided(invoiceNumber, step, request.subject() == null && request.body() == null ? "APPROVED" : "EDITED",
        by);
  }

  @PostMapping("/api/cases/{invoiceNumber}/touches/{step}/skip")
  Decided skip(
      @PathVariable String invoiceNumber,
      @PathVariable int step,
      @RequestBody(required = false) SkipRequest skip,
      Authentication user) {
    String by = decider(user);
    decisions.skip(invoiceNumber, new Skip(step, by, skip == null ? null : skip.reason()));
    return new Decided(invoiceNumber, step, "SKIPPED", by);
  }

  /** Viewers may read the inbox; only admins and collectors decide. */
  private static String decider(Authentication user) {
    boolean mayDecide =
        user.getAuthorities().stream()
            .anyMatch(granted -> DECIDERS.contains(granted.getAuthority()));
    if (!mayDecide) {
      throw new DecisionRefused(HttpStatus.FORBIDDEN, "Only admins and collectors approve or skip reminders");
    }
    return user.getName();
  }

  @ExceptionHandler
  ProblemDetail refused(DecisionRefused refused) {
    return ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
  }

  /** A decision the case did not take, with the status that says why. */
  static class DecisionRefused extends RuntimeException {
    private final HttpStatus status;

    DecisionRefused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    HttpStatus status() {
      return status;
    }
  }
}
