package app.recoup.api.process;

import app.recoup.api.problems.InvalidField;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A command the case did not take, with the status that says why; when fields of the request were
 * at fault, those fields too (the API lists them under the problem's {@code errors}).
 */
public class CommandRefused extends RuntimeException {

  private final HttpStatus status;
  private final List<InvalidField> fields;

  public CommandRefused(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  private CommandRefused(HttpStatus status, String message, List<InvalidField> fields) {
    super(message);
    this.status = status;
    this.fields = List.copyOf(fields);
  }

  /**
   * A refusal with {@code status} because of one field of the request; the detail is {@code
   * message}.
   */
  public static CommandRefused byField(HttpStatus status, String field, String message) {
    return new CommandRefused(status, message, List.of(new InvalidField(field, message)));
  }

  /** A refusal with {@code status} because of several fields; the detail is {@code message}. */
  public static CommandRefused byFields(
      HttpStatus status, String message, List<InvalidField> fields) {
    return new CommandRefused(status, message, fields);
  }

  /** 400 for a request with wrong fields; the detail is {@code detail}. */
  public static CommandRefused invalid(String detail, List<InvalidField> fields) {
    return new CommandRefused(HttpStatus.BAD_REQUEST, detail, fields);
  }

  /**
   * 400 for a request whose {@code field} is wrong, saying why ("must be at most 200 characters").
   */
  static CommandRefused invalid(String field, String why) {
    return invalid(field + " " + why, List.of(new InvalidField(field, why)));
  }

  /**
   * The value of a field a request must carry; 400 naming the field when it is missing or blank.
   */
  static <T> T required(T value, String field) {
    return required(value, field, null);
  }

  /**
   * As {@link #required(Object, String)}, for a field whose values are few: the refusal lists them.
   */
  static <T> T required(T value, String field, String choices) {
    if (value == null || value instanceof String text && text.isBlank()) {
      String named = choices == null ? field : field + " (" + choices + ")";
      throw invalid(
          named + " is required",
          List.of(
              new InvalidField(
                  field, choices == null ? "is required" : "is required: " + choices)));
    }
    return value;
  }

  public HttpStatus status() {
    return status;
  }

  /** The request's fields at fault; empty when the refusal is not about the request's fields. */
  public List<InvalidField> fields() {
    return fields;
  }

  /** The refusal as a sentence to show a person next to what they submitted. */
  public String asSentence() {
    String text =
        getMessage() == null || getMessage().isBlank()
            ? "The case did not take the command"
            : getMessage();
    return Character.toUpperCase(text.charAt(0))
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }
}
