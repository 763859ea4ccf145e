package app.recoup.web.casepage;

import app.recoup.ledger.casefile.CaseHeader;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.PlannedStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The review-mode preview: what the cadence would send, and when, if nothing happens. The same
 * pure function the workflow schedules with, run forward from the case's last recorded step.
 */
@Component
class UpcomingTouches {

  /** Every case runs the default cadence until policies per segment and customer arrive. */
  private final Cadence cadence = Cadence.DEFAULT;

  List<UpcomingTouch> of(CaseHeader header, Instant now) {
    List<UpcomingTouch> upcoming = new ArrayList<>();
    if (!header.isActive()) {
      return upcoming;
    }
    int lastDone = header.currentStep();
    Instant from = now;
    Optional<PlannedStep> next;
    while ((next = cadence.next(lastDone, header.dueDate(), header.zone(), from)).isPresent()) {
      PlannedStep planned = next.get();
      upcoming.add(
          new UpcomingTouch(
              planned.step().number(),
              planned.step().offsetDays(),
              planned.at().atZone(header.zone())));
      lastDone = planned.step().number();
      from = planned.at();
    }
    return upcoming;
  }
}
