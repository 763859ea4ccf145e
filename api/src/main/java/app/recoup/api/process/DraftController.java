package app.recoup.api.process;

import app.recoup.ledger.touches.AwaitingApproval;
import app.recoup.ledger.touches.Touches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts: touches waiting for a person, named by the touch's id. A decision goes to the case's
 * workflow as an update, so the caller learns at once whether it was taken: a draft already
 * decided, or not the one waiting, is refused with 409 and changes nothing. Viewers may read the
 * drafts; admins and collectors decide.
 */
@Tag(name = "drafts")
@RestController
@RequestMapping("/api/drafts")
class DraftController {

  private final Touches touches;
  private final CaseCommands commands;

  DraftController(Touches touches, CaseCommands commands) {
    this.touches = touches;
    this.commands = commands;
  }

  /** Without a subject or body the draft goes as drafted; with either, as edited. */
  record ApproveRequest(
      @Schema(example = "Invoice INV-1042 is now 10 days overdue") String subject,
      @Schema(example = "Could you let us know when it will be paid?") String body) {}

  record SkipRequest(@Schema(example = "agreed by phone") String reason) {}

  record Decided(long id, String invoiceNumber, int step, String decision, String by) {}

  @Operation(summary = "Drafts waiting for approval, oldest first")
  @GetMapping
  List<AwaitingApproval> drafts() {
    return touches.awaitingApproval();
  }

  @Operation(summary = "Approve a draft as drafted, or edited")
  @PostMapping("/{id}/approve")
  Decided approve(
      @PathVariable long id,
      @RequestBody(required = false) ApproveRequest edit,
      Authentication user) {
    Touches.TouchRef touch = touch(id);
    ApproveRequest request = edit == null ? new ApproveRequest(null, null) : edit;
    commands.approve(touch.invoiceNumber(), touch.step(), request.subject(), request.body(), user);
    String decision = request.subject() == null && request.body() == null ? "APPROVED" : "EDITED";
    return new Decided(id, touch.invoiceNumber(), touch.step(), decision, user.getName());
  }

  @Operation(summary = "Skip a draft: that touch does not go out")
  @PostMapping("/{id}/skip")
  Decided skip(
      @PathVariable long id, @RequestBody(required = false) SkipRequest skip, Authentication user) {
    Touches.TouchRef touch = touch(id);
    commands.skip(touch.invoiceNumber(), touch.step(), skip == null ? null : skip.reason(), user);
    return new Decided(id, touch.invoiceNumber(), touch.step(), "SKIPPED", user.getName());
  }

  private Touches.TouchRef touch(long id) {
    return touches
        .find(id)
        .orElseThrow(() -> new CommandRefused(HttpStatus.NOT_FOUND, "No draft " + id));
  }
}
