package app.recoup.api.process;

import app.recoup.api.cases.PolicyBook;
import app.recoup.ledger.correspondence.PolicyCombinings;
import app.recoup.workflows.correspondence.Combining;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a policy's touches reach a customer: each invoice's on its own, or combined per customer into
 * one message over a window. Cases take the setting when they start (or are resumed).
 */
@Tag(name = "policies")
@RestController
class PolicyCombiningController {

  private static final int MAX_WINDOW_MINUTES = (int) Combining.MAX_WINDOW.toMinutes();

  private final PolicyBook book;
  private final PolicyCombinings combinings;

  PolicyCombiningController(PolicyBook book, PolicyCombinings combinings) {
    this.book = book;
    this.combinings = combinings;
  }

  /**
   * @param mode PER_INVOICE or PER_CUSTOMER
   * @param windowMinutes how long a due touch waits for its siblings; null for the rest of the
   *     customer's business day
   * @param alsoOpen list the customer's other open invoices under "also open"
   */
  record CombiningSetting(String mode, Integer windowMinutes, Boolean alsoOpen) {}

  @GetMapping("/api/policies/{name}/combining")
  CombiningSetting show(@PathVariable String name) {
    return view(book.combining(PolicyController.validName(name)));
  }

  @PutMapping("/api/policies/{name}/combining")
  CombiningSetting save(
      @PathVariable String name,
      @RequestBody(required = false) CombiningSetting setting,
      Authentication user) {
    String by = Callers.admin(user);
    String policy = PolicyController.validName(name);
    combinings.save(policy, valid(setting), by);
    return view(book.combining(policy));
  }

  private static PolicyCombinings.PolicyCombining valid(CombiningSetting setting) {
    if (setting == null || setting.mode() == null) {
      throw CommandRefused.invalid("mode", "is required: PER_INVOICE or PER_CUSTOMER");
    }
    Combining.Mode mode;
    try {
      mode = Combining.Mode.valueOf(setting.mode());
    } catch (IllegalArgumentException unknown) {
      throw CommandRefused.invalid(
          "mode", "must be PER_INVOICE or PER_CUSTOMER, not " + setting.mode());
    }
    Integer minutes = setting.windowMinutes();
    if (minutes != null && (minutes < 1 || minutes > MAX_WINDOW_MINUTES)) {
      throw CommandRefused.invalid(
          "windowMinutes",
          "must be 1 to %d minutes (or left out for the rest of the business day), not %d"
              .formatted(MAX_WINDOW_MINUTES, minutes));
    }
    return new PolicyCombinings.PolicyCombining(
        mode == Combining.Mode.PER_CUSTOMER,
        minutes == null ? null : Duration.ofMinutes(minutes),
        Boolean.TRUE.equals(setting.alsoOpen()));
  }

  private static CombiningSetting view(Combining combining) {
    return new CombiningSetting(
        combining.mode().name(),
        combining.window() == null ? null : (int) combining.window().toMinutes(),
        combining.alsoOpen());
  }
}
