package app.recoup.api.process;

import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.correspondence.CombinedMessages.CombinedMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Combined drafts: one message to a customer listing several invoices, waiting for a person. A
 * draft is named by its message key ({@code correspondence-<customer id>/<digest>}), which is two
 * segments of the route. One decision covers every invoice listed; it goes to the customer's
 * correspondence workflow as an update: an unknown key is 404, a draft decided already (or not the
 * one waiting) 409.
 */
@Tag(name = "drafts")
@RestController
@RequestMapping("/api/combined-drafts")
class CombinedDraftController {

  private final CombinedMessages messages;
  private final CaseCommands commands;

  CombinedDraftController(CombinedMessages messages, CaseCommands commands) {
    this.messages = messages;
    this.commands = commands;
  }

  record CombinedDraftView(
      @Schema(example = "correspondence-42/9f86d081884c7d659a2feaa0c55ad015") String messageKey,
      long customerId,
      String customer,
      String channel,
      String subject,
      String body,
      @Schema(description = "the invoices the message lists, in the order of its reminders")
          List<String> invoices,
      Instant draftedAt) {

    static CombinedDraftView of(CombinedMessage message) {
      return new CombinedDraftView(
          message.messageKey(),
          message.customerId(),
          message.customerName(),
          message.channel().name(),
          message.subject(),
          message.body(),
          message.invoiceNumbers(),
          message.draftedAt());
    }
  }

  record Decided(String messageKey, List<String> invoices, String decision, String by) {}

  @Operation(summary = "Combined drafts waiting for approval, oldest first, one item each")
  @GetMapping
  List<CombinedDraftView> drafts() {
    return messages.awaitingApproval().stream().map(CombinedDraftView::of).toList();
  }

  @Operation(summary = "Approve a combined draft as drafted, or edited: one message goes out")
  @PostMapping("/{correspondence}/{digest}/approve")
  Decided approve(
      @PathVariable String correspondence,
      @PathVariable String digest,
      @RequestBody(required = false) DraftController.ApproveRequest edit,
      Authentication user) {
    String key = correspondence + "/" + digest;
    String subject = edit == null ? null : edit.subject();
    String body = edit == null ? null : edit.body();
    commands.approveCombined(key, subject, body, user);
    return decided(key, subject == null && body == null ? "APPROVED" : "EDITED", user);
  }

  @Operation(summary = "Skip a combined draft: each invoice's reminder is skipped")
  @PostMapping("/{correspondence}/{digest}/skip")
  Decided skip(
      @PathVariable String correspondence,
      @PathVariable String digest,
      @RequestBody(required = false) DraftController.SkipRequest skip,
      Authentication user) {
    String key = correspondence + "/" + digest;
    commands.skipCombined(key, skip == null ? null : skip.reason(), user);
    return decided(key, "SKIPPED", user);
  }

  private Decided decided(String key, String decision, Authentication user) {
    return new Decided(
        key,
        messages.find(key).map(CombinedMessage::invoiceNumbers).orElse(List.of()),
        decision,
        user.getName());
  }
}
