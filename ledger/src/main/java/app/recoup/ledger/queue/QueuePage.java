package app.recoup.ledger.queue;

import java.util.List;

/** One page of the queue and, when there is more, where the next page starts. */
public record QueuePage(List<QueueRow> rows, QueueCursor next) {}
