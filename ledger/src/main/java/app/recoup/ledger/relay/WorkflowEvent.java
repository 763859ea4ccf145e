package app.recoup.ledger.relay;

/**
 * A fact recorded for a case's workflow and not yet delivered to it.
 *
 * @param invoiceId the case's invoice; null for an event of no one invoice (a payment notification)
 * @param payload what the kind needs to be told, as its recorder wrote it (may be null)
 * @param attempts delivery attempts that failed so far
 */
public record WorkflowEvent(
    long id, Long invoiceId, WorkflowEventKind kind, String payload, int attempts) {}
