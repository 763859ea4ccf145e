package app.recoup.workflows.events;

/** The customer answered (any channel): the case pauses at once until a person looks. */
public record Reply(String channel, String excerpt) {}
