package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.api.payments.ManualPayments;
import app.recoup.ledger.touches.AwaitingApproval;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.vocabulary.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API under the names the process documents: drafts by touch id, and payments, promises,
 * disputes and replies under the case. Thin routes: decisions and holds go through
 * {@link CaseCommands} (the workflow's updates), payments and hand-logged replies through
 * {@link CaseRecords} (the cash application, the reply event), exactly as the older routes and pages.
 */
@RestController
class IssueApiController {

  private static final int MAX_CLIENT_KEY = 200;
  private static final int MAX_WHOLE_DIGITS = 15;
  private static final int MAX_DECIMALS = 4;

  private final Touches touches;
  private final CaseCommands commands;
  private final CaseRecords records;

  IssueApiController(Touches touches, CaseCommands commands, CaseRecords records) {
    this.touches = touches;
    this.commands = commands;
    this.records = records;
  }

  record ApproveRequest(String subject, String body) {}

  record SkipRequest(String reason) {}

  record Decided(long id, String invoiceNumber, int step, String decision, String by) {}

  record PaymentRequest(BigDecimal amount, String entryId) {}

  record Recorded(String invoiceNumber, String action, String by, String outcome) {}

  record PaymentRecorded(
      String invoiceNumber,
      String action,
      String entryId,
      BigDecimal amount,
      String currency,
      Instant paidAt,
      String by,
      String outcome,
      boolean recordedAlready) {}

  record PromiseRequest(LocalDate date, BigDecimal amount) {}

  record DisputeRequest(String id, String reason, String note) {}

  record ResolutionRequest(DisputeResolution.Outcome outcome, String note) {}

  record ReplyRequest(Channel channel, String text, String replyId) {}

  record ReplyRecorded(String invoiceNumber, String action, String replyId, String by, String outcome, boolean recordedAlready) {}

  @GetMapping("/api/drafts")
  List<AwaitingApproval> drafts() {
    return touches.awaitingApproval();
  }

  @PostMapping("/api/drafts/{id}/approve")
  Decided approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest edit, Authentication user) {
    Touches.TouchRef touch = touch(id);
    ApproveRequest request = edit == null ? new ApproveRequest(null, null) : edit;
    commands.approve(touch.invoiceNumber(), touch.step(), request.subject(), request.body(), user);
    String decision = request.subject() == null && request.body() == null ? "APPROVED" : "EDITED";
    return new Decided(id, touch.invoiceNumber(), touch.step(), decision, user.getName());
  }

  @PostMapping("/api/drafts/{id}/skip")
  Decided skip(@PathVariable long id, @RequestBody(required = false) SkipRequest skip, Authentication user) {
    Touches.TouchRef touch = touch(id);
    commands.skip(touch.invoiceNumber(), touch.step(), skip == null ? null : skip.reason(), user);
    return new Decided(id, touch.invoiceNumber(), touch.step(), "SKIPPED", user.getName());
  }

  @PostMapping("/api/cases/{invoiceNumber}/payments")
  PaymentRecorded payment(
      @PathVariable String invoiceNumber, @RequestBody(required = false) PaymentRequest body, Authentication user) {
    BigDecimal amount = required(body == null ? null : body.amount(), "amount");
    if (amount.scale() > MAX_DECIMALS || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
      // JSON allows 1e999999999; the cash application's arithmetic on it would not end well
      throw new CommandRefused(HttpStatus.BAD_REQUEST,
          "amount must have at most " + MAX_WHOLE_DIGITS + " digits before the decimal point and " + MAX_DECIMALS + " after");
    }
    String entryId = clientKey(body.entryId(), "entryId").orElseGet(() -> UUID.randomUUID().toString());
    ManualPayments.Recorded recorded = records.payment(invoiceNumber, amount, entryId, user);
    String outcome = recorded.outcome().text();
    return new PaymentRecorded(recorded.invoice(), "payment", entryId, recorded.amount(), recorded.currency(),
        recorded.paidAt(), recorded.recordedBy(), recorded.recordedAlready() ? "recorded already: " + outcome : outcome,
        recorded.recordedAlready());
  }

  @PostMapping("/api/cases/{invoiceNumber}/promises")
  Recorded promise(
      @PathVariable String invoiceNumber, @RequestBody(required = false) PromiseRequest body, Authentication user) {
    LocalDate date = required(body == null ? null : body.date(), "date");
    commands.promise(invoiceNumber, date, body.amount(), user);
    return new Recorded(invoiceNumber, "promise", user.getName(), null);
  }

  @PostMapping("/api/cases/{invoiceNumber}/disputes")
  Recorded dispute(
      @PathVariable String invoiceNumber, @RequestBody(required = false) DisputeRequest body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    String id = body.id() == null || body.id().isBlank() ? "api-" + UUID.randomUUID() : body.id();
    commands.openDispute(invoiceNumber, id, reason, body.note(), user);
    return new Recorded(invoiceNumber, "dispute", user.getName(), id);
  }

  @PostMapping("/api/cases/{invoiceNumber}/disputes/{id}/resolve")
  Recorded resolve(
      @PathVariable String invoiceNumber,
      @PathVariable String id,
      @RequestBody(required = false) ResolutionRequest body,
      Authentication user) {
    DisputeResolution.Outcome outcome =
        required(body == null ? null : body.outcome(), "outcome (AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED)");
    commands.resolveDispute(invoiceNumber, id, outcome, body.note(), user);
    return new Recorded(invoiceNumber, "resolve-dispute", user.getName(), id);
  }

  @PostMapping("/api/cases/{invoiceNumber}/replies")
  ReplyRecorded reply(
      @PathVariable String invoiceNumber, @RequestBody(required = false) ReplyRequest body, Authentication user) {
    String text = required(body == null ? null : body.text(), "text");
    Channel channel = required(body.channel(), "channel (EMAIL or SMS)");
    String replyId = clientKey(body.replyId(), "replyId").orElse(null);
    boolean logged = records.reply(invoiceNumber, channel, text, replyId, user);
    return new ReplyRecorded(invoiceNumber, "reply", replyId, user.getName(),
        logged ? "reply logged, the case pauses" : "recorded already", !logged);
  }

  /** A key the client chose so a resubmission is recognised; empty when it sent none. */
  private static Optional<String> clientKey(String key, String field) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    if (key.strip().length() > MAX_CLIENT_KEY) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, field + " must be at most " + MAX_CLIENT_KEY + " characters");
    }
    return Optional.of(key.strip());
  }

  private Touches.TouchRef touch(long id) {
    return touches.find(id).orElseThrow(() -> new CommandRefused(HttpStatus.NOT_FOUND, "No draft " + id));
  }
}
