package app.recoup.web.portal;

import app.recoup.api.plans.PaymentPlanService;
import app.recoup.api.plans.PlanProperties;
import app.recoup.ledger.payments.portal.StatementLine;
import app.recoup.ledger.plans.StoredPlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the portal shows of payment plans: each open invoice's plan (asked for, agreed, kept or
 * ended) with its payments on the customer's calendar, and what a customer may ask for. Public,
 * with public records: the templates read only what is public.
 */
@Component
public class PortalPlans {

  private final PaymentPlanService plans;

  PortalPlans(PaymentPlanService plans) {
    this.plans = plans;
  }

  /**
   * @param status what the customer reads: "requested", "agreed", "kept", ...
   * @param maxPayments how many payments a request may have (2 up to it)
   */
  public record Offer(
      Map<String, PortalPlan> byInvoice, int maxPayments, String firstFrom, String lastBy) {}

  /**
   * @param status what the customer reads about the plan
   * @param requestable whether the customer may ask for a new plan for the invoice
   */
  public record PortalPlan(String status, boolean requestable, List<Payment> payments) {}

  public record Payment(int number, String dueDate, String amount, boolean paid) {}

  Offer of(List<StatementLine> open, LocalDate today) {
    Map<String, PortalPlan> byInvoice = new LinkedHashMap<>();
    for (StatementLine line : open) {
      plans.latestFor(line.id()).ifPresent(plan -> byInvoice.put(line.number(), view(plan)));
    }
    PlanProperties limits = plans.settings();
    return new Offer(
        byInvoice,
        limits.maxInstalments(),
        today.plusDays(1).toString(),
        today.plusDays(limits.maxSpanDays()).toString());
  }

  private static PortalPlan view(StoredPlan plan) {
    String status =
        switch (plan.status()) {
          case REQUESTED -> "Requested: we will confirm it shortly";
          case ACTIVE -> "Agreed";
          case KEPT -> "Completed";
          case BROKEN -> "Ended: a payment was missed";
          case CANCELLED -> "Cancelled";
          case DECLINED -> "Not agreed: please contact us";
        };
    boolean requestable =
        switch (plan.status()) {
          case REQUESTED, ACTIVE, KEPT -> false;
          default -> true;
        };
    return new PortalPlan(
        status,
        requestable,
        plan.instalments().stream()
            .map(
                instalment ->
                    new Payment(
                        instalment.number(),
                        instalment.dueDate().toString(),
                        PortalInvoice.money(instalment.amount(), plan.currency()),
                        instalment.number() <= plan.instalmentsPaid()))
            .toList());
  }
}
