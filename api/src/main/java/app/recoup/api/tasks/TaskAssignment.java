package app.recoup.api.tasks;

import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.users.AppUserRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Who works an open task: anyone with an active account, or no one. */
@Service
public class TaskAssignment {

  private final HumanTasks tasks;
  private final AppUserRepository users;

  TaskAssignment(HumanTasks tasks, AppUserRepository users) {
    this.tasks = tasks;
    this.users = users;
  }

  /**
   * @param assignee an active user's email; blank or null unassigns the task
   * @return who the task is assigned to now, null for no one
   * @throws CommandRefused when the assignee has no active account or the task is no longer open
   */
  public String assign(long taskId, String assignee) {
    String person = assignee == null || assignee.isBlank() ? null : assignee.trim();
    if (person != null && !users.isActive(person)) {
      throw CommandRefused.byField(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "assignee",
          "Choose someone who has an active account.");
    }
    if (!tasks.assign(taskId, person)) {
      throw new CommandRefused(HttpStatus.CONFLICT, "This task is already done.");
    }
    return person;
  }
}
