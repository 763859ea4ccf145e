package app.recoup.api.process;

import app.recoup.api.cases.PolicyBook;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.policies.CadencePolicies;
import app.recoup.ledger.policies.CadencePolicy;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.fees.LateFee;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cadence policies as JSON: one per segment (named after it; "default" where no other applies),
 * and per-customer overrides. Saving one tells every running case that uses it (a signal): the case
 * adopts the new cadence from where it stands, see {@link CollectionWorkflow#policyChanged}.
 */
@RestController
class PolicyController {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  private static final int MAX_STEPS = 20;
  private static final int EARLIEST_OFFSET = -60;
  private static final int LATEST_OFFSET = 365;

  private final CadencePolicies policies;
  private final PolicyBook book;
  private final CustomerRepository customers;
  private final WorkflowClient client;

  PolicyController(CadencePolicies policies, PolicyBook book, CustomerRepository customers, WorkflowClient client) {
    this.policies = policies;
    this.book = book;
    this.customers = customers;
    this.client = client;
  }

  record PolicyRequest(List<Integer> offsets, LocalTime touchTime, Boolean overdueOnly, List<CadencePolicy.StepFee> fees) {

    boolean onlyOverdue() {
      return Boolean.TRUE.equals(overdueOnly);
    }
  }

  record Saved(CadencePolicy policy, int runningCasesUpdated) {}

  record OverrideRequest(String policy) {}

  @GetMapping("/api/policies/{name}")
  CadencePolicy show(@PathVariable String name) {
    return book.policy(validName(name));
  }

  @PutMapping("/api/policies/{name}")
  Saved save(@PathVariable String name, @RequestBody(required = false) PolicyRequest request, Authentication user) {
    String by = Callers.admin(user);
    CadencePolicy policy = validPolicy(validName(name), request);
    policies.save(policy, by);
    return new Saved(policy, rollOut(name));
  }

  @PutMapping("/api/customers/{customerId}/policy")
  Saved override(@PathVariable long customerId, @RequestBody(required = false) OverrideRequest request, Authentication user) {
    Callers.admin(user);
    if (customers.findById(customerId).isEmpty()) {
      throw new CommandRefused(HttpStatus.NOT_FOUND, "No customer " + customerId);
    }
    String name = request == null ? null : request.policy();
    if (name != null && policies.find(name).isEmpty()) {
      throw new CommandRefused(HttpStatus.UNPROCESSABLE_CONTENT, "No stored policy " + name);
    }
    policies.override(customerId, name);
    String applied = name != null ? name : customers.findById(customerId).orElseThrow().getSegment();
    return new Saved(book.policy(applied), rollOut(applied));
  }

  /** Signals the running cases now using the policy; returns how many took it. */
  private int rollOut(String name) {
    Cadence cadence = book.cadence(book.policy(name));
    int updated = 0;
    for (CadencePolicies.PolicyUser user : policies.openCasesUsing(name)) {
      try {
        client.newWorkflowStub(CollectionWorkflow.class, user.workflowId()).policyChanged(cadence);
        updated++;
      } catch (WorkflowNotFoundException finished) {
        // its cadence is over: a person decides what happens next, no touches left to change
      }
    }
    return updated;
  }

  private static String validName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "a policy name is 1-40 letters, digits, '-' or '_'");
    }
    return name;
  }

  private static CadencePolicy validPolicy(String name, PolicyRequest request) {
    if (request == null || request.offsets() == null || request.offsets().isEmpty()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "offsets are required: days from the due date, ascending");
    }
    List<Integer> offsets = request.offsets();
    if (offsets.size() > MAX_STEPS) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "at most " + MAX_STEPS + " steps");
    }
    for (int i = 0; i < offsets.size(); i++) {
      Integer offset = offsets.get(i);
      if (offset == null || offset < EARLIEST_OFFSET || offset > LATEST_OFFSET) {
        throw new CommandRefused(HttpStatus.BAD_REQUEST,
            "offsets must lie between %d and %d days".formatted(EARLIEST_OFFSET, LATEST_OFFSET));
      }
      if (i > 0 && offset <= offsets.get(i - 1)) {
        throw new CommandRefused(HttpStatus.BAD_REQUEST, "offsets must be strictly ascending");
      }
    }
    if (request.onlyOverdue() && offsets.stream().allMatch(offset -> offset < 0)) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "an overdue-only policy needs a step on or after the due date");
    }
    List<CadencePolicy.StepFee> fees = request.fees() == null ? List.of() : request.fees();
    fees.forEach(fee -> validFee(fee, offsets));
    if (fees.stream().map(CadencePolicy.StepFee::offsetDays).distinct().count() < fees.size()) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "at most one late fee per step");
    }
    LocalTime touchTime = request.touchTime() == null ? Cadence.DEFAULT.touchTime() : request.touchTime();
    return new CadencePolicy(name, offsets, touchTime, request.onlyOverdue(), fees);
  }

  private static void validFee(CadencePolicy.StepFee fee, List<Integer> offsets) {
    if (fee == null || !offsets.contains(fee.offsetDays())) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST, "a late fee belongs to one of the policy's offsets");
    }
    try {
      new LateFee(LateFee.Kind.valueOf(String.valueOf(fee.kind())), fee.value(), fee.cap());
    } catch (IllegalArgumentException invalid) {
      throw new CommandRefused(HttpStatus.BAD_REQUEST,
          "a late fee needs a kind (FIXED, PERCENT_OF_BALANCE, STATUTORY_INTEREST), a value above zero and"
              + " a cap above zero if any");
    }
  }
}
