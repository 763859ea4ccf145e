package app.recoup.api.process;

import static app.recoup.api.process.CommandRefused.required;

import app.recoup.workflows.events.DisputeResolution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disputes on a case: opening one holds the case, resolving it releases the hold. A dispute the
 * customer opened in the portal is named {@code portal-<id>}; one opened here gets the caller's id,
 * or {@code api-<uuid>}, answered as the outcome.
 */
@Tag(name = "disputes")
@RestController
@RequestMapping("/api/cases/{invoiceNumber}/disputes")
class DisputeController {

  private static final String OUTCOMES = "AMOUNT_ADJUSTED, CREDIT_ISSUED or REJECTED";

  private final CaseCommands commands;

  DisputeController(CaseCommands commands) {
    this.commands = commands;
  }

  record DisputeRequest(
      @Schema(example = "crm-7781") String id,
      @Schema(example = "the amount is wrong") String reason,
      @Schema(example = "we agreed 1000") String note) {}

  record ResolutionRequest(
      DisputeResolution.Outcome outcome,
      @Schema(
              description =
                  "CREDIT_ISSUED: the credit given; AMOUNT_ADJUSTED: what the customer owes"
                      + " from now on; not for REJECTED",
              example = "150.00")
          BigDecimal amount,
      @Schema(example = "credit note CN-12 sent") String note) {}

  @Operation(summary = "Open a dispute: the case holds")
  @PostMapping
  Recorded open(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) DisputeRequest body,
      Authentication user) {
    String reason = required(body == null ? null : body.reason(), "reason");
    String id = body.id() == null || body.id().isBlank() ? "api-" + UUID.randomUUID() : body.id();
    commands.openDispute(invoiceNumber, id, reason, body.note(), user);
    return new Recorded(invoiceNumber, "dispute", user.getName(), id);
  }

  @Operation(
      summary = "Resolve a dispute: the case goes on",
      description =
          "CREDIT_ISSUED issues a credit note of amount against the invoice, AMOUNT_ADJUSTED lowers"
              + " its balance to amount; the case goes on with what is left, or closes as CREDITED"
              + " when nothing is (422 naming amount when it is missing or too much).")
  @PostMapping("/{id}/resolve")
  Recorded resolve(
      @PathVariable String invoiceNumber,
      @PathVariable String id,
      @RequestBody(required = false) ResolutionRequest body,
      Authentication user) {
    DisputeResolution.Outcome outcome =
        required(body == null ? null : body.outcome(), "outcome", OUTCOMES);
    commands.resolveDispute(invoiceNumber, id, outcome, body.amount(), body.note(), user);
    return new Recorded(invoiceNumber, "resolve-dispute", user.getName(), id);
  }
}
