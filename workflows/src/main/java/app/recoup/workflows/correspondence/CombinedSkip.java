package app.recoup.workflows.correspondence;

/** A person decides the combined draft {@code messageKey} is not sent: each touch is skipped. */
public record CombinedSkip(String messageKey, String by, String reason) {}
