package app.recoup.workflows.connectors;

/**
 * What one sync run did.
 *
 * @param pull null when the pull failed after its retries
 * @param pushed payments and late fees written back
 * @param pushFailures payments and late fees given up on (each with a task)
 */
public record SyncSummary(boolean connected, PullSummary pull, int pushed, int pushFailures) {}
