package app.recoup.api.payments;

import app.recoup.api.problems.Problems;
import app.recoup.ledger.payments.exceptions.PaymentException;
import app.recoup.ledger.payments.exceptions.PaymentExceptions;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exception queue, for the people who work it (a customer's unapplied cash is on the customer).
 */
@Tag(name = "payment exceptions")
@RestController
class PaymentExceptionController {

  private final PaymentExceptions exceptions;
  private final ExceptionResolver resolver;

  PaymentExceptionController(PaymentExceptions exceptions, ExceptionResolver resolver) {
    this.exceptions = exceptions;
    this.resolver = resolver;
  }

  /** {@code status} OPEN (default), RESOLVED or ALL. */
  @GetMapping("/api/payment-exceptions")
  ResponseEntity<?> list(@RequestParam(defaultValue = "OPEN") String status) {
    String wanted = status.toUpperCase(Locale.ROOT);
    if (!List.of("OPEN", "RESOLVED", "ALL").contains(wanted)) {
      return Problems.answer(
          HttpStatus.BAD_REQUEST, "status must be OPEN, RESOLVED or ALL", "status");
    }
    return ResponseEntity.ok(exceptions.list("ALL".equals(wanted) ? null : wanted));
  }

  @PostMapping("/api/payment-exceptions/{id}/resolve")
  PaymentException resolve(
      @PathVariable long id, @RequestBody ResolveRequest request, Principal principal) {
    return resolver.resolve(id, request, principal.getName());
  }
}
