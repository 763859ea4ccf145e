package app.recoup.workflows.collection;

import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;

/**
 * A timeline entry of the process, with the ledger change it stands for.
 *
 * @param caseStatus the ledger status the case takes (paused or open), or null to leave it
 * @param dedupKey recorded once however often the activity runs
 * @param completesTask the kind of the case's open task this note settles, or null
 */
public record CaseNote(
    long caseId,
    String actor,
    TimelineEventType type,
    String details,
    CaseStatus caseStatus,
    String dedupKey,
    TaskKind completesTask) {}
