package app.recoup.workflows.events;

/**
 * A person completed the task of a manual step (relayed from the ledger when the task was done).
 *
 * @param taskId the completed task
 * @param decision what they wrote when completing it
 */
public record ManualStepDone(long taskId, String by, String decision) {}
