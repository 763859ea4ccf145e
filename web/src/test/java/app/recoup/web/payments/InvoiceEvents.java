package app.recoup.web.payments;

import app.recoup.ledger.invoices.InvoicesChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hears {@link InvoicesChanged} the way the collection process does: after commit. */
@TestComponent
class InvoiceEvents {

  private final List<Long> changed = new CopyOnWriteArrayList<>();

  @TransactionalEventListener(fallbackExecution = true)
  void on(InvoicesChanged event) {
    changed.addAll(event.invoiceIds());
  }

  boolean heardOf(long invoiceId) {
    return changed.contains(invoiceId);
  }
}
