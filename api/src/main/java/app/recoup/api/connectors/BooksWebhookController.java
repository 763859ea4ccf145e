package app.recoup.api.connectors;

import app.recoup.activities.connectors.BooksConnector;
import app.recoup.activities.connectors.BooksGrants;
import app.recoup.api.problems.Problems;
import app.recoup.workflows.vocabulary.BooksVendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change notifications from accounting systems (QuickBooks {@code intuit-signature}, Xero {@code
 * x-xero-signature}): a body the vendor signed wakes the connection's schedule for an incremental
 * sync at once; anything else is 401 and changes nothing. The notification's contents are not
 * trusted for data: the sync reads the changes from the API.
 */
@Tag(name = "webhooks")
@SecurityRequirements
@RestController
class BooksWebhookController {

  private final BooksGrants grants;
  private final BooksSchedules schedules;

  BooksWebhookController(BooksGrants grants, BooksSchedules schedules) {
    this.grants = grants;
    this.schedules = schedules;
  }

  @Operation(
      summary = "An accounting system's change notification: a verified one syncs at once",
      description =
          "vendor is quickbooks or xero. The body must carry the vendor's signature header"
              + " (intuit-signature, x-xero-signature); a forged or unsigned one is 401.")
  @PostMapping("/webhooks/books/{vendor}")
  ResponseEntity<?> receive(
      @PathVariable String vendor,
      @RequestBody(required = false) byte[] body,
      HttpServletRequest request) {
    Optional<BooksVendor> known = vendor(vendor);
    Optional<BooksConnector> connector = known.flatMap(grants::connector);
    if (connector.isEmpty()) {
      return Problems.answer(
          HttpStatus.NOT_FOUND, "no accounting connector '" + vendor + "' is configured");
    }
    byte[] signed = body == null ? new byte[0] : body;
    String signature = request.getHeader(connector.get().webhookSignatureHeader());
    if (!connector.get().verifiesWebhook(signed, signature)) {
      return Problems.answer(
          HttpStatus.UNAUTHORIZED,
          "the " + connector.get().webhookSignatureHeader() + " signature does not match the body");
    }
    schedules.syncNow(known.get(), "webhook");
    return ResponseEntity.ok().build();
  }

  private static Optional<BooksVendor> vendor(String name) {
    try {
      return Optional.of(BooksVendor.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
