package app.recoup.api.notes;

import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.casefile.CaseFiles;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.notes.CallLog;
import app.recoup.ledger.notes.CaseNotes;
import app.recoup.ledger.notes.Note;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.CallOutcome;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes and calls on a case, for the API and the case page alike: each is stored with its timeline
 * entry in one transaction, and a call's next action date becomes the case's follow-up task, due at
 * the start of that day on the customer's calendar and assigned to the person who called (they know
 * what was said). A refused field is named (422).
 */
@Service
public class CaseNotebook {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_NAME = 200;
  public static final int MAX_NUMBER = 40;

  /** How far ahead a next action may be set. */
  public static final int MAX_DAYS_AHEAD = 366;

  private final CaseFiles files;
  private final CaseNotes notes;
  private final Timeline timeline;
  private final HumanTasks tasks;
  private final Clock clock;

  CaseNotebook(CaseFiles files, CaseNotes notes, Timeline timeline, HumanTasks tasks, Clock clock) {
    this.files = files;
    this.notes = notes;
    this.timeline = timeline;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** A call as a person gave it (the API's request body). */
  public record CallEntry(
      @Schema(description = "who was reached, up to 200 characters", example = "Ana Ruiz")
          String contactName,
      @Schema(description = "the number called, up to 40 characters", example = "+49 30 1234567")
          String contactNumber,
      @Schema(
              description =
                  "what came of the call: PROMISED, DISPUTED, NO_ANSWER, WRONG_CONTACT or OTHER",
              example = "PROMISED")
          String outcome,
      @Schema(
              description = "what was said, up to 2000 characters",
              example = "Pays the balance on Friday")
          String summary,
      @Schema(
              description =
                  "the customer's calendar day to act next: a follow-up task for the caller, due"
                      + " that day",
              example = "2026-06-05")
          LocalDate nextActionDate) {}

  @Transactional
  public Note addNote(String invoiceNumber, String text, String author) {
    CaseHeader header = header(invoiceNumber);
    String body = text(text, "text", MAX_TEXT, true);
    Instant now = clock.instant();
    Note note = notes.add(header.caseId(), author, body, now);
    timeline.append(
        header.caseId(), now, author, TimelineEventType.NOTE_ADDED, body, "note:" + note.id());
    return note;
  }

  @Transactional
  public CallLog logCall(String invoiceNumber, CallEntry entry, String author) {
    CaseHeader header = header(invoiceNumber);
    String name = text(entry.contactName(), "contactName", MAX_NAME, true);
    String number = text(entry.contactNumber(), "contactNumber", MAX_NUMBER, false);
    CallOutcome outcome = outcome(entry.outcome());
    String summary = text(entry.summary(), "summary", MAX_TEXT, false);
    LocalDate today = LocalDate.now(clock.withZone(header.zone()));
    LocalDate next = entry.nextActionDate();
    if (next != null && next.isBefore(today)) {
      throw refused(
          "nextActionDate",
          "The next action cannot be before today (" + today + " on the customer's calendar).");
    }
    if (next != null && next.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      throw refused("nextActionDate", "The next action is at most a year ahead.");
    }
    Instant now = clock.instant();
    CallLog call =
        notes.log(
            new CallLog(0, header.caseId(), author, name, number, outcome, summary, next, now));
    timeline.append(
        header.caseId(),
        now,
        author,
        TimelineEventType.CALL_LOGGED,
        describe(call),
        "call:" + call.id());
    if (next != null) {
      tasks.scheduleFollowUp(
          header.caseId(),
          "Follow up the call with " + name + " (" + call.outcome().describe() + ")",
          next.atStartOfDay(header.zone()).toInstant(),
          author);
    }
    return call;
  }

  public List<Note> notes(String invoiceNumber) {
    return notes.notes(header(invoiceNumber).caseId());
  }

  public List<CallLog> calls(String invoiceNumber) {
    return notes.calls(header(invoiceNumber).caseId());
  }

  /** "Called Ana Ruiz (+49 30 1234): promised. They pay Friday. Next action 2026-06-05." */
  static String describe(CallLog call) {
    StringBuilder text = new StringBuilder("Called ").append(call.contactName());
    if (call.contactNumber() != null) {
      text.append(" (").append(call.contactNumber()).append(')');
    }
    text.append(": ").append(call.outcome().describe()).append('.');
    if (call.summary() != null) {
      text.append(' ').append(call.summary());
      if (!call.summary().matches(".*[.!?]$")) {
        text.append('.');
      }
    }
    if (call.nextActionDate() != null) {
      text.append(" Next action ").append(call.nextActionDate()).append('.');
    }
    return text.toString();
  }

  private CaseHeader header(String invoiceNumber) {
    return files
        .header(invoiceNumber)
        .orElseThrow(
            () -> new CommandRefused(HttpStatus.NOT_FOUND, "No case for invoice " + invoiceNumber));
  }

  private static String text(String given, String field, int max, boolean required) {
    String text = given == null || given.isBlank() ? null : given.trim();
    if (text == null && required) {
      throw refused(field, "Required.");
    }
    if (text != null && text.length() > max) {
      throw refused(field, "At most " + max + " characters.");
    }
    return text;
  }

  private static CallOutcome outcome(String given) {
    return Arrays.stream(CallOutcome.values())
        .filter(known -> known.name().equals(given == null ? null : given.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                refused(
                    "outcome",
                    "Choose what came of the call: "
                        + String.join(
                            ", ", Arrays.stream(CallOutcome.values()).map(Enum::name).toList())
                        + "."));
  }

  private static CommandRefused refused(String field, String message) {
    return CommandRefused.byField(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
  }
}
