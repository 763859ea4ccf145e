package app.recoup.api.problems;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How every error answer of the API, the webhooks and the portal's API is built: an RFC 9457
 * problem with the status's phrase as its title, and the request's fields at fault, if any.
 */
public final class Problems {

  /** Said outright: Spring leaves a problem's type out unless set, and callers look for it. */
  static final URI NO_FURTHER_TYPE = URI.create("about:blank");

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String detail, List<InvalidField> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(NO_FURTHER_TYPE);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** For a route that answers its refusals itself rather than by throwing. */
  public static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail) {
    return answer(status, detail, List.<InvalidField>of());
  }

  /**
   * As {@link #answer(HttpStatusCode, String)}, naming the field at fault when {@code field} is not
   * null.
   */
  public static ResponseEntity<ProblemDetail> answer(
      HttpStatusCode status, String detail, String field) {
    return answer(
        status, detail, field == null ? List.of() : List.of(new InvalidField(field, detail)));
  }

  /** As {@link #answer(HttpStatusCode, String)}, listing the fields at fault. */
  public static ResponseEntity<ProblemDetail> answer(
      HttpStatusCode status, String detail, List<InvalidField> errors) {
    // said outright: a route declaring produces = application/json would otherwise label it so
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(status, detail, errors));
  }
}
