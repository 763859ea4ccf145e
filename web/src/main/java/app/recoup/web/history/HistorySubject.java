package app.recoup.web.history;

/**
 * What a workflow history page is about: a case, or a books connection's sync schedule or run.
 *
 * @param name what the heading names
 * @param backUrl the page the history belongs to
 * @param selfUrl this page, for the latest run
 * @param whenMissing why Temporal may not have the workflow (any more)
 */
public record HistorySubject(
    String name,
    String backUrl,
    String backLabel,
    String workflowId,
    String selfUrl,
    String whenMissing) {}
