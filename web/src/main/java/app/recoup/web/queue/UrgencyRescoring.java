package app.recoup.web.queue;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.leases.JobLeases;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Days overdue grow at midnight without any write to the ledger, so the queue's stored urgency is
 * re-scored every night and at every start (a stopped installation may have missed nights). Every
 * replica's nightly timer fires at the same minute; the lease lets one of them re-score.
 */
@Component
class UrgencyRescoring {

  private static final Logger log = LoggerFactory.getLogger(UrgencyRescoring.class);

  private static final Duration NIGHTLY_LEASE = Duration.ofMinutes(10);

  private final CollectionCases cases;
  private final JobLeases leases;

  UrgencyRescoring(CollectionCases cases, JobLeases leases) {
    this.cases = cases;
    this.leases = leases;
  }

  @Scheduled(cron = "${recoup.queue.rescore-cron:0 1 0 * * *}")
  void rescoreNightly() {
    leases.runOnce("queue-rescore", NIGHTLY_LEASE, this::rescore);
  }

  @EventListener(ApplicationReadyEvent.class)
  void rescore() {
    log.info("Re-scored {} open cases for today's queue", cases.rescore());
  }
}
