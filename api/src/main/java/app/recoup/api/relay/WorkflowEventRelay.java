package app.recoup.api.relay;

import app.recoup.api.cases.CasesResumed;
import app.recoup.ledger.relay.WorkflowEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Relays workflow events from the ledger to Temporal on one background thread: woken right after a
 * transaction recorded events, and every {@link #POLL} in case an event was recorded elsewhere (a
 * node that died before its wake-up, another replica) or waits for a retry. Across a cluster one
 * pass runs at a time ({@link WorkflowEvents#relay}); a pass that dies delivers its events again.
 */
@Component
public class WorkflowEventRelay implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(WorkflowEventRelay.class);
  static final Duration POLL = Duration.ofSeconds(1);
  static final int BATCH = 500;

  private final WorkflowEvents events;
  private final EventDelivery delivery;
  private final Clock clock;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(run -> new Thread(run, "workflow-event-relay"));
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean nudged = new AtomicBoolean();

  WorkflowEventRelay(WorkflowEvents events, EventDelivery delivery, Clock clock) {
    this.events = events;
    this.delivery = delivery;
    this.clock = clock;
  }

  /**
   * Starts once the application is ready, while the cases found lost are resumed in the background:
   * an event for a case not resumed yet waits for a retry, and is due again once it is ({@link
   * CasesResumed}).
   */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (started.compareAndSet(false, true)) {
      thread.scheduleWithFixedDelay(this::drain, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Events held back because their case had no workflow are due now that it has one again. */
  @EventListener
  void on(CasesResumed resumed) {
    if (!resumed.invoiceIds().isEmpty()) {
      events.dueNow(resumed.invoiceIds(), clock.instant());
      nudge();
    }
  }

  /** Asks for a pass soon; many nudges before it runs make one pass. */
  void nudge() {
    if (started.get() && nudged.compareAndSet(false, true)) {
      thread.execute(this::drain);
    }
  }

  /** Events recorded and not yet delivered. */
  public long backlog() {
    return events.backlog();
  }

  /** Delivers what is due until a pass finds less than a batch (or another node is relaying). */
  void drain() {
    nudged.set(false);
    try {
      Optional<Integer> relayed;
      do {
        relayed =
            events.relay(clock.instant(), BATCH, due -> delivery.deliver(due, clock.instant()));
      } while (relayed.orElse(0) == BATCH);
    } catch (RuntimeException failed) {
      log.warn("Workflow event relay pass failed, the next one retries: {}", failed.toString());
    }
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}
