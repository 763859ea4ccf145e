package app.recoup.workflows.events;

/** A person pauses the case until they resume it. */
public record Pause(String by, String reason) {}
