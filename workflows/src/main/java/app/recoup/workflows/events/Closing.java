package app.recoup.workflows.events;

/** A person ends the case: written off, or cancelled. */
public record Closing(String by, String reason) {}
