package app.recoup.api.tasks;

import app.recoup.ledger.tasks.CompletedTask;
import app.recoup.ledger.tasks.TaskBoard;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.ledger.timeline.TimelineEvent;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's decision on a task: the task is done and the decision lands on the case's timeline,
 * in one transaction. This is the one place a completion happens; telling the case's workflow
 * about the decision belongs here too (issue 3).
 */
@Service
public class TaskCompletion {

  private final TaskBoard tasks;
  private final Timeline timeline;
  private final Clock clock;

  TaskCompletion(TaskBoard tasks, Timeline timeline, Clock clock) {
    this.tasks = tasks;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** Empty when the task is unknown or someone already completed it. */
  @Transactional
  public Optional<CompletedTask> complete(long taskId, String decision, String by) {
    Optional<CompletedTask> completed = tasks.complete(taskId, decision, by);
    completed
        .filter(task -> task.caseId() != null)
        .ifPresent(
            task ->
                timeline.append(
                    new TimelineEvent(
                        task.caseId(),
                        clock.instant(),
                        by,
                        "TASK_COMPLETED",
                        task.title() + ": " + decision,
                        "task-completed:" + task.id())));
    return completed;
  }
}
