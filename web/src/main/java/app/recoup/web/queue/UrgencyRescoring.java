package app.recoup.web.queue;

import app.recoup.ledger.queue.CaseQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Days overdue grow at midnight without any write to the ledger, so the queue's stored urgency is
 * re-scored every night and at every start (a stopped installation may have missed nights).
 */
@Component
class UrgencyRescoring {

  private static final Logger log = LoggerFactory.getLogger(UrgencyRescoring.class);

  private final CaseQueue queue;

  UrgencyRescoring(CaseQueue queue) {
    this.queue = queue;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "${recoup.queue.rescore-cron:0 1 0 * * *}")
  void rescore() {
    log.info("Re-scored {} open cases for today's queue", queue.rescore());
  }
}
