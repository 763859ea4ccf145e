package app.recoup.workflows.connectors;

/**
 * What one sync run did.
 *
 * @param pull null when the pull failed after its retries
 * @param pushFailures payments given up on (each with a task)
 */
public record SyncSummary(boolean connected, PullSummary pull, int pushed, int pushFailures) {}
