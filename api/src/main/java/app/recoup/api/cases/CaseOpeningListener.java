package app.recoup.api.cases;

import app.recoup.ledger.invoices.InvoicesChanged;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reacts to imported invoices once their transaction has committed. The work goes to a private
 * single-threaded executor, so an import of 100,000 invoices returns at once while cases open in
 * the background in batches; one thread keeps the signals to a case in the order of the imports.
 * Its queue is bounded: when full, the publishing thread does the work itself (back-pressure, not
 * an unbounded backlog or lost events). Kept out of the context so Boot's own task executor stays.
 */
@Component
class CaseOpeningListener implements DisposableBean {

  private static final int PENDING_IMPORTS = 1_000;

  private final CaseOpener opener;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  CaseOpeningListener(CaseOpener opener) {
    this.opener = opener;
    executor.setThreadNamePrefix("case-opener-");
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(PENDING_IMPORTS);
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    executor.initialize();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(InvoicesChanged event) {
    executor.execute(() -> opener.sync(event.invoiceIds()));
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
