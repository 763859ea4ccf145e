package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.workflows.vocabulary.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' replies a person logs by hand (a phone call, a letter); the case pauses once per
 * reply.
 */
@Tag(name = "replies")
@RestController
class ReplyController {

  private final CaseRecords records;

  ReplyController(CaseRecords records) {
    this.records = records;
  }

  record ReplyRequest(
      Channel channel,
      @Schema(example = "We paid yesterday") String text,
      @Schema(example = "call-2026-06-02-1") String replyId) {}

  record ReplyRecorded(
      String invoiceNumber,
      String action,
      String replyId,
      String by,
      String outcome,
      boolean recordedAlready) {}

  @Operation(summary = "Log a customer's reply")
  @PostMapping("/api/cases/{invoiceNumber}/replies")
  ReplyRecorded reply(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) ReplyRequest body,
      Authentication user) {
    String text = required(body == null ? null : body.text(), "text");
    Channel channel = required(body.channel(), "channel", "EMAIL, SMS or WHATSAPP");
    String replyId = ClientKeys.of(body.replyId(), "replyId").orElse(null);
    boolean logged = records.reply(invoiceNumber, channel, text, replyId, user);
    return new ReplyRecorded(
        invoiceNumber,
        "reply",
        replyId,
        user.getName(),
        logged ? "reply logged, the case pauses" : "recorded already",
        !logged);
  }
}
