package app.recoup.api.imports;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An import never stays RUNNING after the process running it is gone: on start, and every {@code
 * recoup.imports.stale-after} from then on (another node may die while this one runs), a running
 * import that committed no batch for that long is marked interrupted, with the rows it committed. A
 * batch takes seconds, so the default minute leaves a wide margin.
 */
@Component
class InterruptedImports {

  private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

  private final InvoiceImporter importer;
  private final Duration staleAfter;

  InterruptedImports(
      InvoiceImporter importer, @Value("${recoup.imports.stale-after:PT1M}") Duration staleAfter) {
    this.importer = importer;
    this.staleAfter = staleAfter;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(
      fixedDelayString = "${recoup.imports.stale-after:PT1M}",
      initialDelayString = "${recoup.imports.stale-after:PT1M}")
  void markInterrupted() {
    int interrupted = importer.interruptStale(staleAfter);
    if (interrupted > 0) {
      log.warn(
          "{} import(s) were running when their application stopped; marked interrupted",
          interrupted);
    }
  }
}
