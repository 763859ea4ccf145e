package app.recoup.web.imports;

import app.recoup.ledger.invoices.InvoicesChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Remembers every InvoicesChanged the import publishes. */
@TestComponent
public class RecordedInvoiceChanges {

  private final List<InvoicesChanged> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(InvoicesChanged event) {
    events.add(event);
  }

  List<Long> idsSince(int eventCount) {
    return events.subList(eventCount, events.size()).stream()
        .flatMap(event -> event.invoiceIds().stream())
        .toList();
  }

  int count() {
    return events.size();
  }
}
