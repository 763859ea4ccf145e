package app.recoup.activities.messaging.inbound;

import app.recoup.ledger.leases.JobLeases;
import app.recoup.ledger.messaging.CaseLog;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Polls the collections mailbox every {@code recoup.imap.interval} once {@code recoup.imap.host} is
 * set; in a cluster one replica polls per interval.
 */
@Configuration
@EnableConfigurationProperties(ImapProperties.class)
class ImapPollingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ImapPollingConfiguration.class);

  @Bean
  @ConditionalOnProperty(prefix = "recoup.imap", name = "host")
  ImapPoller imapPoller(ImapProperties properties, MailReplies replies, CaseLog caseLog) {
    return new ImapPoller(properties, replies, caseLog);
  }

  @Bean
  @ConditionalOnProperty(prefix = "recoup.imap", name = "host")
  SmartLifecycle imapSchedule(ImapPoller poller, ImapProperties properties, JobLeases leases) {
    return new SmartLifecycle() {
      private ScheduledExecutorService executor;

      @Override
      public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "imap-poller"));
        long every = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(
            () -> leases.runOnce("imap-poll", properties.interval(), () -> pollQuietly(poller)),
            every,
            every,
            TimeUnit.MILLISECONDS);
      }

      @Override
      public void stop() {
        executor.shutdownNow();
        executor = null;
      }

      @Override
      public boolean isRunning() {
        return executor != null;
      }
    };
  }

  /** A failed poll (mailbox unreachable) is logged and tried again at the next interval. */
  private static void pollQuietly(ImapPoller poller) {
    try {
      poller.poll();
    } catch (Exception e) {
      log.warn("polling the collections mailbox failed: {}", e.getMessage());
    }
  }
}
