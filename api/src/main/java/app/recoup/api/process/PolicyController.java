package app.recoup.api.process;

import app.recoup.api.cases.PolicyBook;
import app.recoup.api.problems.InvalidField;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.workflows.cadence.Cadence;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cadence policies as JSON: one per segment (named after it; "default" where no other applies); a
 * customer's override is set on the customer ({@code CustomerController}). Saving one tells every
 * running case that uses it, see {@link PolicyRollout}.
 */
@Tag(name = "policies")
@RestController
class PolicyController {

  private final PolicyBook book;
  private final PolicyRollout rollout;

  PolicyController(PolicyBook book, PolicyRollout rollout) {
    this.book = book;
    this.rollout = rollout;
  }

  record PolicyRequest(LocalTime touchTime, Boolean overdueOnly, List<PolicyDraft.Step> steps) {

    boolean onlyOverdue() {
      return Boolean.TRUE.equals(overdueOnly);
    }
  }

  @GetMapping("/api/policies/{name}")
  CadencePolicy show(@PathVariable String name) {
    return book.policy(validName(name));
  }

  @PutMapping("/api/policies/{name}")
  PolicySaved save(
      @PathVariable String name,
      @RequestBody(required = false) PolicyRequest request,
      Authentication user) {
    String by = Callers.admin(user);
    PolicyRollout.Rollout saved = rollout.save(validPolicy(validName(name), request), by);
    return new PolicySaved(saved.policy(), saved.cases());
  }

  static String validName(String name) {
    if (!PolicyDraft.isValidName(name)) {
      throw new CommandRefused(
          HttpStatus.BAD_REQUEST, "a policy name is 1-40 letters, digits, '-' or '_'");
    }
    return name;
  }

  private static CadencePolicy validPolicy(String name, PolicyRequest request) {
    if (request == null) {
      throw new CommandRefused(
          HttpStatus.BAD_REQUEST, "steps are required: days from the due date, ascending");
    }
    PolicyDraft draft =
        new PolicyDraft(request.touchTime(), request.onlyOverdue(), request.steps());
    List<PolicyDraft.Problem> problems = draft.problems();
    if (!problems.isEmpty()) {
      throw CommandRefused.invalid(
          problems.stream().map(PolicyDraft.Problem::describe).collect(Collectors.joining("; ")),
          problems.stream().map(PolicyController::invalidField).toList());
    }
    return draft.toPolicy(name, Cadence.DEFAULT.touchTime());
  }

  /**
   * A step's field as a path into the request ({@code steps[0].offsetDays}); the policy's own as
   * {@code steps}.
   */
  private static InvalidField invalidField(PolicyDraft.Problem problem) {
    String field =
        problem.step() == null
            ? "steps"
            : "steps[%d].%s".formatted(problem.step() - 1, problem.field());
    return new InvalidField(field, problem.message());
  }
}
