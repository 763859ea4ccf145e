package app.recoup.api.process;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command the case did not take, with the status that says why. */
public class CommandRefused extends RuntimeException {

  private final HttpStatus status;

  public CommandRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  /** The value of a field a request must carry; 400 naming the field when it is missing or blank. */
  static <T> T required(T value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, field + " is required");
    }
    return value;
  }

  public HttpStatus status() {
    return status;
  }

  /** The refusal as a sentence to show a person next to what they submitted. */
  public String asSentence() {
    String text = getMessage() == null || getMessage().isBlank() ? "The case did not take the command" : getMessage();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
  }

  @RestControllerAdvice(assignableTypes = {ApprovalController.class, CaseActionController.class, IssueApiController.class, PolicyController.class, FeeController.class})
  static class Answer {

    @ExceptionHandler
    ProblemDetail refused(CommandRefused refused) {
      return ProblemDetail.forStatusAndDetail(refused.status, refused.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
      return ProblemDetail.forStatusAndDetail(
          HttpStatus.BAD_REQUEST,
          "The request body is not valid JSON of the expected shape (dates as 2026-05-31, times as 09:30)");
    }
  }
}
