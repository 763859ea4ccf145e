package app.recoup.workflows.events;

/** A person resumes a paused case (or dismisses a reply as not a real one). */
public record Resume(String by, String note) {}
