package app.recoup.ledger.payments.portal;

/** Published after commit when a customer disputed an invoice. */
public record DisputeOpened(long disputeId, long invoiceId, DisputeReason reason, String message) {}
