package app.recoup.ledger.queue;

import java.util.List;

/** What the queue page shows beside the cases: its filters' choices and the counts. */
public record QueueFacts(
    List<String> segments, List<String> assignees, long openCases, boolean anyInvoice) {}
