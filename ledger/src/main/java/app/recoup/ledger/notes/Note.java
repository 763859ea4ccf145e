package app.recoup.ledger.notes;

import java.time.Instant;

/** A free note a person wrote on a case. */
public record Note(long id, long caseId, String author, String body, Instant createdAt) {}
