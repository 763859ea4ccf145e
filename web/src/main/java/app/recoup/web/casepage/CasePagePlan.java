package app.recoup.web.casepage;

import app.recoup.api.plans.PaymentPlanService;
import app.recoup.api.plans.PlanView;
import app.recoup.ledger.casefile.CaseFiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page's payment plan (its latest, whatever its status) for its own section. */
@ControllerAdvice(assignableTypes = CasePageController.class)
class CasePagePlan {

  private final PaymentPlanService plans;
  private final CaseFiles files;

  CasePagePlan(PaymentPlanService plans, CaseFiles files) {
    this.plans = plans;
    this.files = files;
  }

  @ModelAttribute("paymentPlan")
  PlanView paymentPlan(@PathVariable String invoiceNumber) {
    return files
        .header(invoiceNumber)
        .flatMap(header -> plans.latestFor(header.invoiceId()))
        .map(PlanView::of)
        .orElse(null);
  }
}
