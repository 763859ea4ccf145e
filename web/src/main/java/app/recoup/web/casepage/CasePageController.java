package app.recoup.web.casepage;

import app.recoup.api.notes.CaseNotebook;
import app.recoup.api.process.FeeWaivers;
import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.correspondence.CombinedMessages;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.web.credit.CustomerCredit;
import app.recoup.web.csv.Csv;
import app.recoup.web.forms.AssigneeForm;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.CallOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** One case: invoice, customer, money, the whole timeline, what comes next, and its export. */
@Controller
class CasePageController {

  private final CaseFiles files;
  private final Timeline timeline;
  private final UpcomingTouches upcoming;
  private final CaseAssignment assignment;
  private final AppUserRepository users;
  private final ProcessState process;
  private final FeeWaivers fees;
  private final CaseNotebook notebook;
  private final Clock clock;
  private final CustomerCredit credit;
  private final CombinedMessages combined;

  CasePageController(
      CaseFiles files,
      Timeline timeline,
      UpcomingTouches upcoming,
      CaseAssignment assignment,
      AppUserRepository users,
      ProcessState process,
      FeeWaivers fees,
      CaseNotebook notebook,
      Clock clock,
      CustomerCredit credit,
      CombinedMessages combined) {
    this.files = files;
    this.timeline = timeline;
    this.upcoming = upcoming;
    this.assignment = assignment;
    this.users = users;
    this.process = process;
    this.fees = fees;
    this.notebook = notebook;
    this.clock = clock;
    this.credit = credit;
    this.combined = combined;
  }

  @GetMapping("/cases/{invoiceNumber}")
  String show(@PathVariable String invoiceNumber, Model model) {
    CaseHeader header = header(invoiceNumber);
    LocalDate today = LocalDate.now(clock.withZone(header.zone()));
    model.addAttribute("c", header);
    model.addAttribute("times", new LocalTimes(header.zone()));
    model.addAttribute(
        "daysOverdue", Math.max(0, ChronoUnit.DAYS.between(header.dueDate(), today)));
    model.addAttribute("timeline", timeline.forCase(header.caseId()));
    model.addAttribute("upcoming", upcoming.of(header, clock.instant()));
    model.addAttribute("payments", files.payments(header.invoiceId()));
    model.addAttribute("exceptions", files.exceptions(header.invoiceId()));
    model.addAttribute("tasks", files.openTasks(header.caseId()));
    model.addAttribute("people", users.activeEmails());
    model.addAttribute("today", today);
    model.addAttribute("fees", fees.onCase(invoiceNumber));
    model.addAttribute(
        "credit", credit.onInvoice(header.customerId(), header.currency(), header.invoiceId()));
    if (!"CLOSED".equals(header.caseStatus())) {
      process.of(invoiceNumber).ifPresent(state -> model.addAttribute("process", state));
      combined
          .awaitingApprovalFor(header.caseId())
          .ifPresent(draft -> model.addAttribute("combinedDraft", draft));
    }
    model.addAttribute("choices", NextStep.Choice.values());
    model.addAttribute("outcomes", DisputeResolution.Outcome.values());
    model.addAttribute("notes", notebook.notes(invoiceNumber));
    model.addAttribute("calls", notebook.calls(invoiceNumber));
    model.addAttribute("callOutcomes", CallOutcome.values());
    // names this rendering of the payment form, so submitting it twice records the payment once
    model.addAttribute("paymentEntry", UUID.randomUUID().toString());
    return "case";
  }

  @PostMapping("/cases/{invoiceNumber}/assignee")
  String assign(
      @PathVariable String invoiceNumber,
      @ModelAttribute AssigneeForm form,
      Principal user,
      RedirectAttributes redirect) {
    CaseHeader header = header(invoiceNumber);
    String person = form.person();
    if (person != null && !users.isActive(person)) {
      redirect.addFlashAttribute("assigneeError", "Choose someone who has an active account.");
    } else if (!assignment.assign(header, person, user.getName())) {
      redirect.addFlashAttribute("assigneeError", "A closed case cannot be assigned.");
    }
    return "redirect:/cases/" + UriUtils.encodePathSegment(invoiceNumber, StandardCharsets.UTF_8);
  }

  @GetMapping("/cases/{invoiceNumber}/timeline.csv")
  void timelineCsv(@PathVariable String invoiceNumber, HttpServletResponse response)
      throws IOException {
    CaseHeader header = header(invoiceNumber);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("timeline-" + invoiceNumber + ".csv", StandardCharsets.UTF_8)
            .build()
            .toString());
    try (Csv csv =
        Csv.sheet(
            response.getWriter(), "occurred_at", "invoice_number", "actor", "type", "details")) {
      for (TimelineEvent event : timeline.forCase(header.caseId())) {
        csv.row(event.occurredAt(), invoiceNumber, event.actor(), event.type(), event.details());
      }
    }
  }

  private CaseHeader header(String invoiceNumber) {
    return files.header(invoiceNumber).orElseThrow(() -> new NoSuchCaseException(invoiceNumber));
  }
}
