package app.recoup.api.problems;

import app.recoup.api.imports.DateOrder;
import app.recoup.api.imports.ImportNotInterruptedException;
import app.recoup.api.payments.ResolutionRefused;
import app.recoup.api.process.CommandRefused;
import java.util.List;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns what a JSON route threw into an RFC 9457 problem (built by {@link
 * Problems}): {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors:
 * [{field, message}]} when fields of the request were wrong. Spring MVC's own refusals (method not
 * allowed, unreadable body, {@code ResponseStatusException}) come through the base class in the
 * same shape. What reached no route at all (an unknown route, a refused login, a failure outside a
 * controller) is answered in that shape by the web module's error controller.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

  static final String UNREADABLE =
      "The request body is not valid JSON of the expected shape (dates as 2026-05-31, times as 09:30)";

  static final String BUSY =
      "The database is too busy to take this request now (other changes hold what it needs, or no"
          + " connection was free); nothing of it was kept. Send it again in a moment";

  private static final String BUSY_RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler
  ProblemDetail refused(CommandRefused refused) {
    return Problems.of(refused.status(), refused.getMessage(), refused.fields());
  }

  @ExceptionHandler
  ProblemDetail resolutionRefused(ResolutionRefused refused) {
    return Problems.of(HttpStatus.valueOf(refused.status()), refused.getMessage(), List.of());
  }

  @ExceptionHandler
  ProblemDetail notInterrupted(ImportNotInterruptedException refused) {
    return Problems.of(HttpStatus.CONFLICT, refused.getMessage(), List.of());
  }

  @ExceptionHandler
  ProblemDetail badDateOrder(DateOrder.InvalidDateOrderException invalid) {
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        invalid.getMessage(),
        List.of(new InvalidField(DateOrder.PARAMETER, invalid.getMessage())));
  }

  /**
   * The request lost a lock conflict to other writers however often it was tried, or waited too
   * long for a database connection: nothing of it was written, and the same request later will do.
   */
  @ExceptionHandler({
    PessimisticLockingFailureException.class,
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class
  })
  ResponseEntity<ProblemDetail> busy(NestedRuntimeException busy) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS)
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, BUSY, List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException unreadable,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(status)
        .headers(headers)
        .body(Problems.of(status, UNREADABLE, List.of()));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType() == null) {
      problem.setType(Problems.NO_FURTHER_TYPE);
    }
    return super.createResponseEntity(body, headers, status, request);
  }
}
