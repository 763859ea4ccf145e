package app.recoup.ledger.casefile;

import java.time.Instant;

/** A human task of a case. */
public record TaskLine(
    long id, String kind, String title, String assignee, Instant dueAt, Instant createdAt) {}
