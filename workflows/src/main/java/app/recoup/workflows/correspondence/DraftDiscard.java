package app.recoup.workflows.correspondence;

/** A combined draft no longer to be decided: a case left it, and a new draft lists the rest. */
public record DraftDiscard(long customerId, String messageKey, String reason) {}
