package app.recoup.api.notes;

import app.recoup.ledger.notes.Note;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Free notes on a case, written by the caller; each also lands on the case's timeline. */
@Tag(name = "notes")
@RestController
class NoteController {

  private final CaseNotebook notebook;

  NoteController(CaseNotebook notebook) {
    this.notebook = notebook;
  }

  record NoteRequest(
      @Schema(
              description = "the note, up to 2000 characters",
              example = "Their AP clerk is back on Monday")
          String text) {}

  @Operation(summary = "Write a note on the case")
  @PostMapping("/api/cases/{invoiceNumber}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  Note add(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) NoteRequest request,
      Authentication user) {
    return notebook.addNote(invoiceNumber, request == null ? null : request.text(), user.getName());
  }

  @Operation(summary = "The case's notes, newest first")
  @GetMapping("/api/cases/{invoiceNumber}/notes")
  List<Note> list(@PathVariable String invoiceNumber) {
    return notebook.notes(invoiceNumber);
  }
}
