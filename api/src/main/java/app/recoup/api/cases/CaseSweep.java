package app.recoup.api.cases;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.leases.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invoices fall due without anyone importing anything: every interval, open the cases that are now
 * deserved, and reopen the closed ones whose invoice is owed again (should the change that reopens
 * them have been lost). The query over-selects by a day (time zones run up to 14 hours ahead of
 * UTC); the opener decides on each customer's own calendar. One replica of a cluster sweeps per
 * interval.
 */
@Component
class CaseSweep {

  private final CollectionCases cases;
  private final CaseOpener opener;
  private final Clock clock;
  private final PolicyBook policies;
  private final JobLeases leases;
  private final Duration interval;

  CaseSweep(
      CollectionCases cases,
      CaseOpener opener,
      Clock clock,
      PolicyBook policies,
      JobLeases leases,
      @Value("${recoup.cases.sweep-interval:PT15M}") Duration interval) {
    this.leases = leases;
    this.interval = interval;
    this.policies = policies;
    this.cases = cases;
    this.opener = opener;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${recoup.cases.sweep-interval:PT15M}",
      initialDelayString = "${recoup.cases.sweep-interval:PT15M}")
  void openNewlyDueCases() {
    leases.runOnce("case-sweep", interval, this::sweep);
  }

  private void sweep() {
    LocalDate horizon = LocalDate.now(clock).plusDays(policies.widestPreDueWindowDays() + 1L);
    opener.sync(cases.invoicesWithoutCaseDueBy(horizon));
    opener.sync(cases.invoicesOwedAgainDueBy(horizon));
  }
}
