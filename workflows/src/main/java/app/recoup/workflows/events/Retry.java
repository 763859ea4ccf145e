package app.recoup.workflows.events;

/** A person had the cause of a failure fixed: the case tries the failed step again. */
public record Retry(String by, String note) {}
