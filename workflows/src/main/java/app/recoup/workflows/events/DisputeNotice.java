package app.recoup.workflows.events;

/** The customer disputes the invoice: the case pauses and a person looks into it. */
public record DisputeNotice(String disputeId, String by, String reason, String note) {}
