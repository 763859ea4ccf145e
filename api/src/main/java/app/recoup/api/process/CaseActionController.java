package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.workflows.events.NextStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people do to a running case as a whole: pause, resume, snooze, write off, cancel, choose the
 * next step after the last touch. Each goes to the workflow as an update and answers with what
 * happened; a request missing what it needs is 400, one the case refuses 409 (not now) or 422 (not
 * valid). Promises, disputes, payments and replies are resources of their own under the case.
 */
@Tag(name = "cases")
@RestController
@RequestMapping("/api/cases/{invoiceNumber}")
class CaseActionController {

  private final CaseCommands commands;

  CaseActionController(CaseCommands commands) {
    this.commands = commands;
  }

  record Reason(@Schema(example = "customer on holiday") String reason) {}

  record Note(@Schema(example = "back from holiday") String note) {}

  record SnoozeRequest(@Schema(example = "2026-06-15") LocalDate until, String reason) {}

  record NextStepRequest(
      NextStep.Choice choice, @Schema(example = "agreed on the phone") String note) {}

  @Operation(summary = "Hold the case: no touch goes out until it is resumed")
  @PostMapping("/pause")
  Recorded pause(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) Reason body,
      Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.pause(invoiceNumber, reason, user);
    return done(invoiceNumber, "pause", user);
  }

  @Operation(summary = "Release a paused case")
  @PostMapping("/resume")
  Recorded resume(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) Note body,
      Authentication user) {
    commands.resume(invoiceNumber, body == null ? null : body.note(), user);
    return done(invoiceNumber, "resume", user);
  }

  @Operation(summary = "Hold the case until a date")
  @PostMapping("/snooze")
  Recorded snooze(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) SnoozeRequest body,
      Authentication user) {
    LocalDate until = required(body == null ? null : body.until(), "until");
    commands.snooze(invoiceNumber, until, body.reason(), user);
    return done(invoiceNumber, "snooze", user);
  }

  @Operation(summary = "Write the invoice off and close the case (admins)")
  @PostMapping("/write-off")
  Recorded writeOff(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) Reason body,
      Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.writeOff(invoiceNumber, reason, user);
    return done(invoiceNumber, "write-off", user);
  }

  @Operation(summary = "Stop collecting without writing the invoice off")
  @PostMapping("/cancel")
  Recorded cancel(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) Reason body,
      Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    commands.cancel(invoiceNumber, reason, user);
    return done(invoiceNumber, "cancel", user);
  }

  @Operation(summary = "Choose what follows the last touch")
  @PostMapping("/next-step")
  Recorded nextStep(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) NextStepRequest body,
      Authentication user) {
    NextStep.Choice choice =
        required(
            body == null ? null : body.choice(),
            "choice",
            "CALL_CLIENT, PAYMENT_PLAN, LEGAL_REFERRAL or WRITE_OFF");
    commands.decideNextStep(invoiceNumber, choice, body.note(), user);
    return done(invoiceNumber, "next-step", user);
  }

  private static Recorded done(String invoiceNumber, String action, Authentication user) {
    return new Recorded(invoiceNumber, action, user.getName(), null);
  }
}
