package app.recoup.api.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Payment plans of a case: proposed (and agreed) by a collector, approved, declined, cancelled. */
@Tag(name = "payment plans")
@RestController
@RequestMapping("/api/cases/{invoiceNumber}/payment-plans")
class PaymentPlanController {

  private final PaymentPlanService plans;

  PaymentPlanController(PaymentPlanService plans) {
    this.plans = plans;
  }

  record CancelRequest(String reason) {}

  @Operation(
      summary = "Agree a payment plan",
      description =
          "The instalments (in date order, each after the one before and after today in the"
              + " customer's zone) must add up to the case's balance, late fees posted so far"
              + " included, in the invoice's currency; no fee is posted while the plan runs."
              + " 422 names the field at fault.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PlanView propose(
      @PathVariable String invoiceNumber,
      @RequestBody(required = false) PlanRequest body,
      Authentication user) {
    return PlanView.of(plans.propose(invoiceNumber, body, user));
  }

  @Operation(summary = "The case's payment plans, newest first")
  @GetMapping
  List<PlanView> list(@PathVariable String invoiceNumber) {
    return plans.plansOf(invoiceNumber).stream().map(PlanView::of).toList();
  }

  @Operation(summary = "A payment plan of the case")
  @GetMapping("/{planId}")
  PlanView show(@PathVariable String invoiceNumber, @PathVariable long planId) {
    return PlanView.of(plans.planOf(invoiceNumber, planId));
  }

  @Operation(summary = "Approve a plan the customer requested in the portal")
  @PostMapping("/{planId}/approve")
  PlanView approve(
      @PathVariable String invoiceNumber, @PathVariable long planId, Authentication user) {
    return PlanView.of(plans.approve(invoiceNumber, planId, user));
  }

  @Operation(summary = "Decline a plan the customer requested in the portal")
  @PostMapping("/{planId}/decline")
  PlanView decline(
      @PathVariable String invoiceNumber, @PathVariable long planId, Authentication user) {
    return PlanView.of(plans.decline(invoiceNumber, planId, user));
  }

  @Operation(
      summary = "Cancel the running plan",
      description = "The case goes back to its cadence at the step it had reached.")
  @PostMapping("/{planId}/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void cancel(
      @PathVariable String invoiceNumber,
      @PathVariable long planId,
      @RequestBody(required = false) CancelRequest body,
      Authentication user) {
    plans.cancel(invoiceNumber, planId, body == null ? null : body.reason(), user);
  }
}
