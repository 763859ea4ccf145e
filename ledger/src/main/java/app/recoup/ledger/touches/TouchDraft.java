package app.recoup.ledger.touches;

/** The wording of a drafted touch as stored for approval. */
public record TouchDraft(String subject, String body) {}
