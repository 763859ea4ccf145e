package app.recoup.ledger.messaging;

import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import org.springframework.stereotype.Component;

/** What the channels write about a case, as the actor "messaging": timeline events and tasks. */
@Component
public class CaseLog {

  static final String ACTOR = "messaging";

  private final Timeline timeline;
  private final HumanTasks tasks;

  public CaseLog(Timeline timeline, HumanTasks tasks) {
    this.timeline = timeline;
    this.tasks = tasks;
  }

  /** Appends an event unless one with the same dedup key exists. Returns whether it was added. */
  public boolean event(long caseId, TimelineEventType type, String details, String dedupKey) {
    return timeline.appendNow(caseId, ACTOR, type, details, dedupKey);
  }

  /** Opens a task for a person; {@code caseId} may be null for a task about no case. */
  public long openTask(Long caseId, TaskKind kind, String title) {
    return tasks.open(caseId, kind, title);
  }
}
