package app.recoup.workflows.approval;

import java.time.Instant;

/** A drafted touch waiting for a person. */
public record PendingDraft(int step, String subject, String body, Instant draftedAt) {}
