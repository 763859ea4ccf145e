package app.recoup.activities.manual;

import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.touches.TouchStatus;
import app.recoup.ledger.touches.Touches;
import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.collection.ManualStepActivities;
import app.recoup.workflows.collection.ManualStepOutcome;
import app.recoup.workflows.collection.ManualStepTask;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger writes of manual cadence steps, each in one transaction and keyed by the step's touch
 * key, so a retry writes nothing twice.
 */
@Component
@ActivityImpl(taskQueues = CollectionWorkflow.TASK_QUEUE)
class ManualStepLedgerActivities implements ManualStepActivities {

  static final String ACTOR = "recoup";

  private final HumanTasks tasks;
  private final Timeline timeline;
  private final Touches touches;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ManualStepLedgerActivities(
      HumanTasks tasks,
      Timeline timeline,
      Touches touches,
      TransactionTemplate transaction,
      Clock clock) {
    this.tasks = tasks;
    this.timeline = timeline;
    this.touches = touches;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public long openManualStep(ManualStepTask task) {
    return transaction.execute(
        status -> {
          long id =
              tasks.openOnceFor(
                  task.caseId(),
                  TaskKind.MANUAL_STEP,
                  task.title(),
                  task.manual().assignee(),
                  task.dueAt());
          timeline.append(
              task.caseId(),
              clock.instant(),
              ACTOR,
              TimelineEventType.MANUAL_STEP_OPENED,
              task.title() + ": a task for a person instead of a message, due " + task.dueAt(),
              task.key() + "/manual-opened");
          return id;
        });
  }

  @Override
  public void escalateManualStep(ManualStepTask task) {
    transaction.executeWithoutResult(
        status -> {
          tasks.openOnceFor(
              task.caseId(),
              TaskKind.MANUAL_STEP_OVERDUE,
              task.title() + " is overdue: see that it is done",
              null,
              null);
          timeline.append(
              task.caseId(),
              clock.instant(),
              ACTOR,
              TimelineEventType.MANUAL_STEP_OVERDUE,
              task.title() + " was not done by " + task.dueAt(),
              task.key() + "/manual-overdue");
        });
  }

  @Override
  public void finishManualStep(ManualStepOutcome outcome) {
    ManualStepTask task = outcome.task();
    transaction.executeWithoutResult(
        status -> {
          if (outcome.done()) {
            tasks.completeOpen(task.caseId(), TaskKind.MANUAL_STEP_OVERDUE, outcome.by());
          } else {
            tasks.cancelOpen(task.caseId(), TaskKind.MANUAL_STEP, ACTOR);
            tasks.cancelOpen(task.caseId(), TaskKind.MANUAL_STEP_OVERDUE, ACTOR);
          }
          touches.settle(task.key(), TouchStatus.SKIPPED);
          timeline.append(
              task.caseId(),
              clock.instant(),
              outcome.done() ? outcome.by() : ACTOR,
              outcome.done() ? TimelineEventType.MANUAL_STEP_DONE : TimelineEventType.TOUCH_SKIPPED,
              task.title() + (outcome.done() ? " done: " : " ") + outcome.note(),
              task.key() + "/manual-finished");
        });
  }
}
