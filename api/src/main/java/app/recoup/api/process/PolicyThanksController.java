package app.recoup.api.process;

import app.recoup.ledger.policies.PolicyThanks;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Whether a policy's customers get a short thank-you when an invoice is paid in full. */
@Tag(name = "policies")
@RestController
class PolicyThanksController {

  private final PolicyThanks thanks;

  PolicyThanksController(PolicyThanks thanks) {
    this.thanks = thanks;
  }

  /**
   * @param thankWhenPaid thank the customer when an invoice is paid in full (never write-offs)
   */
  record ThanksSetting(Boolean thankWhenPaid) {}

  @GetMapping("/api/policies/{name}/thanks")
  ThanksSetting show(@PathVariable String name) {
    return new ThanksSetting(thanks.thankWhenPaid(PolicyController.validName(name)));
  }

  @PutMapping("/api/policies/{name}/thanks")
  ThanksSetting save(
      @PathVariable String name,
      @RequestBody(required = false) ThanksSetting setting,
      Authentication user) {
    String by = Callers.admin(user);
    String policy = PolicyController.validName(name);
    if (setting == null || setting.thankWhenPaid() == null) {
      throw CommandRefused.invalid("thankWhenPaid", "is required: true or false");
    }
    thanks.save(policy, setting.thankWhenPaid(), by);
    return new ThanksSetting(thanks.thankWhenPaid(policy));
  }
}
