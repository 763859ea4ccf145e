package app.recoup.workflows.collection;

/**
 * A timeline entry of the process, with the ledger change it stands for.
 *
 * @param caseStatus the ledger status the case takes (PAUSED or OPEN), or null to leave it
 * @param dedupKey recorded once however often the activity runs
 * @param completesTask the kind of the case's open task this note settles, or null
 */
public record CaseNote(
    long caseId, String actor, String type, String details, String caseStatus, String dedupKey, String completesTask) {}
