package app.recoup.workflows.approval;

/** A person decides the draft of a step is not sent. */
public record Skip(int step, String by, String reason) {}
