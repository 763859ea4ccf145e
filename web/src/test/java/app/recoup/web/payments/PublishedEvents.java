package app.recoup.web.payments;

import app.recoup.ledger.invoices.InvoicesChanged;
import app.recoup.ledger.payments.portal.DisputeOpened;
import app.recoup.ledger.payments.portal.PromiseToPayMade;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears what payments and the portal publish, the way the collection process does: after commit.
 */
@TestComponent
class PublishedEvents {

  private final List<Object> heard = new CopyOnWriteArrayList<>();

  @TransactionalEventListener(fallbackExecution = true)
  void on(InvoicesChanged event) {
    heard.add(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PromiseToPayMade event) {
    heard.add(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DisputeOpened event) {
    heard.add(event);
  }

  boolean heardOf(long invoiceId) {
    return heard.stream()
        .anyMatch(
            event ->
                event instanceof InvoicesChanged changed
                    && changed.invoiceIds().contains(invoiceId));
  }

  <T> List<T> all(Class<T> type) {
    return heard.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
