package app.recoup.web.casepage;

import app.recoup.api.cases.PolicyBook;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.workflows.cadence.Cadence;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The review-mode preview: what the case would send, and when, if nothing happens. The plan of the
 * pure function the workflow schedules with, on the cadence the customer's cases run (their policy
 * on the business calendar and its holidays) in the customer's zone, run forward from the case's
 * last recorded step.
 */
@Component
class UpcomingTouches {

  private final PolicyBook policies;
  private final CustomerRepository customers;

  UpcomingTouches(PolicyBook policies, CustomerRepository customers) {
    this.policies = policies;
    this.customers = customers;
  }

  List<UpcomingTouch> of(CaseHeader header, Instant now) {
    if (!header.isActive()) {
      return List.of();
    }
    Cadence cadence = policies.cadenceFor(customers.findById(header.customerId()).orElseThrow());
    return cadence.plan(header.currentStep(), header.dueDate(), header.zone(), now).stream()
        .map(planned -> new UpcomingTouch(
            planned.step().number(), planned.step().offsetDays(), planned.at().atZone(header.zone())))
        .toList();
  }
}
