package app.recoup.api.process;

import app.recoup.ledger.disputes.Disputes;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Snooze;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
  private final Disputes disputes;
  private final InvoiceRepository invoices;

  CaseActionController(CaseCommands commands, Disputes disputes, InvoiceRepository invoices) {
    this.commands = commands;
    this.disputes = disputes;
    this.invoices = invoices;
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
    return act(invoiceNumber, "pause", Callers.mayDecide(user), (workflow, by) -> workflow.pause(new Pause(by, reason)));
  }

  @PostMapping("/resume")
  Done resume(@PathVariable String invoiceNumber, @RequestBody(required = false) Note body, Authentication user) {
    String note = body == null ? null : body.note();
    return act(invoiceNumber, "resume", Callers.mayDecide(user), (workflow, by) -> workflow.resume(new Resume(by, note)));
  }

  @PostMapping("/snooze")
  Done snooze(@PathVariable String invoiceNumber, @RequestBody(required = false) SnoozeRequest body, Authentication user) {
    LocalDate until = required(body == null ? null : body.until(), "until");
    return act(invoiceNumber, "snooze", Callers.mayDecide(user),
        (workflow, by) -> workflow.snooze(new Snooze(by, until, body.reason())));
  }

  @PostMapping("/promise")
  Done promise(@PathVariable String invoiceNumber, @RequestBody(required = false) PromiseRequest body, Authentication user) {
    LocalDate date = required(body == null ? null : body.date(), "date");
    return act(invoiceNumber, "promise", Callers.mayDecide(user),
        (workflow, by) -> workflow.promise(new Promise(by, date, body.amount())));
  }

  @PostMapping("/dispute")
  Done dispute(@PathVariable String invoiceNumber, @RequestBody(required = false) DisputeRequest body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    String id = body.id() == null || body.id().isBlank() ? "api-" + UUID.randomUUID() : body.id();
    return act(invoiceNumber, "dispute", Callers.mayDecide(user),
        (workflow, by) -> workflow.openDispute(new DisputeNotice(id, by, reason, body.note())));
  }

  @PostMapping("/resolve-dispute")
  Done resolveDispute(
      @PathVariable String invoiceNumber, @RequestBody(required = false) ResolutionRequest body, Authentication user) {
    String disputeId = required(body == null ? null : body.disputeId(), "disputeId");
    DisputeResolution.Outcome outcome = required(body.outcome(), "outcome (AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED)");
    Done done =
        act(invoiceNumber, "resolve-dispute", Callers.mayDecide(user),
            (workflow, by) -> workflow.resolveDispute(new DisputeResolution(disputeId, by, outcome, body.note())));
    portalDisputeId(disputeId)
        .ifPresent(id -> invoices.findByNumber(invoiceNumber).ifPresent(invoice -> disputes.resolve(id, invoice.getId())));
    return done;
  }

  private static Optional<Long> portalDisputeId(String disputeId) {
    if (!disputeId.startsWith(ProcessEventListener.PORTAL_DISPUTE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(disputeId.substring(ProcessEventListener.PORTAL_DISPUTE.length())));
    } catch (NumberFormatException notFromThePortal) {
      return Optional.empty();
    }
  }

  @PostMapping("/write-off")
  Done writeOff(@PathVariable String invoiceNumber, @RequestBody(required = false) Reason body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    return act(invoiceNumber, "write-off", Callers.admin(user), (workflow, by) -> workflow.writeOff(new Closing(by, reason)));
  }

  @PostMapping("/cancel")
  Done cancel(@PathVariable String invoiceNumber, @RequestBody(required = false) Reason body, Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    return act(invoiceNumber, "cancel", Callers.mayDecide(user), (workflow, by) -> workflow.cancel(new Closing(by, reason)));
  }

  /** After the cadence, a person decides; writing off stays an admin's decision. */
  @PostMapping("/next-step")
  Done nextStep(@PathVariable String invoiceNumber, @RequestBody(required = false) NextStepRequest body, Authentication user) {
    NextStep.Choice choice = required(body == null ? null : body.choice(),
        "choice (CALL_CLIENT, PAYMENT_PLAN, LEGAL_REFERRAL or WRITE_OFF)");
    String by = choice == NextStep.Choice.WRITE_OFF ? Callers.admin(user) : Callers.mayDecide(user);
    return act(invoiceNumber, "next-step", by,
        (workflow, decider) -> workflow.decideNextStep(new NextStep(decider, choice, body.note())));
  }

  private interface Command {
    void send(CollectionWorkflow workflow, String by);
  }

  private Done act(String invoiceNumber, String action, String by, Command command) {
    commands.send(invoiceNumber, workflow -> command.send(workflow, by));
    return new Done(invoiceNumber, action, by);
  }

  private static <T> T required(T value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, field + " is required");
    }
    return value;
  }
}
