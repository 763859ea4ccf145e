package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people do to a running case: pause, resume, snooze, record a promise or a dispute, resolve
 * it, write off, cancel. Each goes to the workflow as an update and answers with what happened; a
 * request missing what it needs is 400, one the case refuses 409 (not now) or 422 (not valid).
 */
@RestController
@RequestMapping("/api/cases/{invoiceNumber}")
class CaseActionController {

  private final CaseCommands commands;

  CaseActionController(CaseCommands commands) {
    this.commands = commands;
  }

  record Reason(String reason) {}

  record Note(String note) {}

  record SnoozeRequest(LocalDate until, String reason) {}

  record PromiseRequest(LocalDate date, BigDecimal amount) {}

  record DisputeRequest(String id, String reason, String note) {}

  record ResolutionRequest(String disputeId, DisputeResolution.Outcome outcome, String note) {}

  record NextStepRequest(NextStep.Choice choice, String note) {}

  record Done(String invoiceNumber, String action, String by) {}

  @PostMapping("/pause")
  Done pause(@PathVariable String invoiceNumber, @RequestBody(required = false) Reason body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.pause(invoiceNumber, reason, user);
    return done(invoiceNumber, "pause", user);
  }

  @PostMapping("/resume")
  Done resume(@PathVariable String invoiceNumber, @RequestBody(required = false) Note body, Authentication user) {
    commands.resume(invoiceNumber, body == null ? null : body.note(), user);
    return done(invoiceNumber, "resume", user);
  }

  @PostMapping("/snooze")
  Done snooze(@PathVariable String invoiceNumber, @RequestBody(required = false) SnoozeRequest body, Authentication user) {
    LocalDate until = required(body == null ? null : body.until(), "until");
    commands.snooze(invoiceNumber, until, body.reason(), user);
    return done(invoiceNumber, "snooze", user);
  }

  @PostMapping("/promise")
  Done promise(@PathVariable String invoiceNumber, @RequestBody(required = false) PromiseRequest body, Authentication user) {
    LocalDate date = required(body == null ? null : body.date(), "date");
    commands.promise(invoiceNumber, date, body.amount(), user);
    return done(invoiceNumber, "promise", user);
  }

  @PostMapping("/dispute")
  Done dispute(@PathVariable String invoiceNumber, @RequestBody(required = false) DisputeRequest body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    String id = body.id() == null || body.id().isBlank() ? "api-" + UUID.randomUUID() : body.id();
    commands.openDispute(invoiceNumber, id, reason, body.note(), user);
    return done(invoiceNumber, "dispute", user);
  }

  @PostMapping("/resolve-dispute")
  Done resolveDispute(
      @PathVariable String invoiceNumber, @RequestBody(required = false) ResolutionRequest body, Authentication user) {
    String disputeId = required(body == null ? null : body.disputeId(), "disputeId");
    DisputeResolution.Outcome outcome = required(body.outcome(), "outcome (AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED)");
    commands.resolveDispute(invoiceNumber, disputeId, outcome, body.note(), user);
    return done(invoiceNumber, "resolve-dispute", user);
  }

  @PostMapping("/write-off")
  Done writeOff(@PathVariable String invoiceNumber, @RequestBody(required = false) Reason body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.writeOff(invoiceNumber, reason, user);
    return done(invoiceNumber, "write-off", user);
  }

  @PostMapping("/cancel")
  Done cancel(@PathVariable String invoiceNumber, @RequestBody(required = false) Reason body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.cancel(invoiceNumber, reason, user);
    return done(invoiceNumber, "cancel", user);
  }

  @PostMapping("/next-step")
  Done nextStep(@PathVariable String invoiceNumber, @RequestBody(required = false) NextStepRequest body, Authentication user) {
    NextStep.Choice choice = required(body == null ? null : body.choice(),
        "choice (CALL_CLIENT, PAYMENT_PLAN, LEGAL_REFERRAL or WRITE_OFF)");
    commands.decideNextStep(invoiceNumber, choice, body.note(), user);
    return done(invoiceNumber, "next-step", user);
  }

  private static Done done(String invoiceNumber, String action, Authentication user) {
    return new Done(invoiceNumber, action, user.getName());
  }
}
