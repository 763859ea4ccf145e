package app.recoup.web.casepage;

import app.recoup.api.cases.PolicyBook;
import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.ledger.customers.CustomerRepository;
import app.recoup.ledger.touches.TouchDays;
import app.recoup.workflows.cadence.Cadence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The review-mode preview: what the case would send, and when, if nothing happens. The plan of the
 * pure function the workflow schedules with, on the cadence the customer's cases run (their policy
 * on the business calendar and its holidays) in the customer's zone, run forward from the case's
 * last recorded step, around the days the customer's touches already claimed.
 */
@Component
class UpcomingTouches {

  private final PolicyBook policies;
  private final CustomerRepository customers;
  private final TouchDays days;

  UpcomingTouches(PolicyBook policies, CustomerRepository customers, TouchDays days) {
    this.policies = policies;
    this.customers = customers;
    this.days = days;
  }

  List<UpcomingTouch> of(CaseHeader header, Instant now) {
    if (!header.isActive()) {
      return List.of();
    }
    Cadence cadence = policies.cadenceFor(customers.findById(header.customerId()).orElseThrow());
    Set<LocalDate> taken =
        Set.copyOf(days.takenFrom(header.caseId(), LocalDate.ofInstant(now, header.zone())));
    return cadence.plan(header.currentStep(), header.dueDate(), header.zone(), now, taken).stream()
        .map(
            planned ->
                new UpcomingTouch(
                    planned.step().number(),
                    planned.step().offsetDays(),
                    planned.at().atZone(header.zone())))
        .toList();
  }
}
