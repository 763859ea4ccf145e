package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Promises to pay taken down by a person; the case holds until the promised date. */
@Tag(name = "promises")
@RestController
class PromiseController {

  private final CaseCommands commands;

  PromiseController(CaseCommands commands) {
    this.commands = commands;
  }

  /** Without an amount, the promise is to pay the balance. */
  record PromiseRequest(
      @Schema(example = "2026-06-30") LocalDate date, @Schema(example = "600") BigDecimal amount) {}

  @Operation(summary = "Record a promise to pay")
  @PostMapping("/api/cases/{invoiceNumber}/promises")
  Recorded promise(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) PromiseRequest body,
      Authentication user) {
    LocalDate date = required(body == null ? null : body.date(), "date");
    commands.promise(invoiceNumber, date, body.amount(), user);
    return new Recorded(invoiceNumber, "promise", user.getName(), null);
  }
}
