package app.recoup.web.outbox;

import app.recoup.ledger.messaging.OutboxEntry;
import java.util.List;

/** One page of the outbox. Public: the page template reads it. */
public record OutboxPage(int page, int size, long total, List<OutboxEntry> items) {

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
