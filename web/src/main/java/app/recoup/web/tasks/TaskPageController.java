package app.recoup.web.tasks;

import app.recoup.api.process.CommandRefused;
import app.recoup.api.tasks.TaskCompletion;
import app.recoup.ledger.tasks.CompletedTask;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.tasks.TaskBoard;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.workflows.events.NextStep;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Human tasks: who does what by when, and their completion with a decision. */
@Controller
class TaskPageController {

  static final int MAX_DECISION_LENGTH = 2000;

  private final TaskBoard tasks;
  private final HumanTasks assignments;
  private final TaskCompletion completion;
  private final AppUserRepository users;
  private final Clock clock;

  TaskPageController(
      TaskBoard tasks,
      HumanTasks assignments,
      TaskCompletion completion,
      AppUserRepository users,
      Clock clock) {
    this.tasks = tasks;
    this.assignments = assignments;
    this.completion = completion;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String tasks(@RequestParam(defaultValue = "false") boolean mine, Principal user, Model model) {
    model.addAttribute("tasks", tasks.open(mine ? user.getName() : null));
    model.addAttribute("mine", mine);
    model.addAttribute(
        "people", users.activeEmails());
    model.addAttribute("now", clock.instant());
    model.addAttribute("choices", NextStep.Choice.values());
    return "tasks";
  }

  @PostMapping("/tasks/{id}/assign")
  String assign(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String assignee,
      RedirectAttributes redirect) {
    String person = assignee.isBlank() ? null : assignee.trim();
    if (person != null && !users.isActive(person)) {
      return refused(id, "Choose someone who has an active account.", redirect);
    }
    if (!assignments.assign(id, person)) {
      return refused(id, "This task is already done.", redirect);
    }
    redirect.addFlashAttribute("notice", person == null ? "Task unassigned." : "Task assigned to " + person + ".");
    return "redirect:/tasks";
  }

  @PostMapping("/tasks/{id}/complete")
  String complete(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(required = false) NextStep.Choice choice,
      Authentication user,
      RedirectAttributes redirect) {
    String text = decision.trim();
    if (text.isEmpty() || text.length() > MAX_DECISION_LENGTH) {
      return refused(
          id, "Write the decision (up to " + MAX_DECISION_LENGTH + " characters).", redirect);
    }
    Optional<CompletedTask> completed;
    try {
      completed = completion.complete(id, text, choice, user);
    } catch (CommandRefused refusal) {
      return refused(id, refusal.getMessage(), redirect);
    }
    return completed
        .map(
            done -> {
              redirect.addFlashAttribute("notice", "Done: " + done.title() + ".");
              return "redirect:/tasks";
            })
        .orElseGet(() -> refused(id, "Someone already completed this task.", redirect));
  }

  private static String refused(long id, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("taskErrors", Map.of(String.valueOf(id), message));
    return "redirect:/tasks#task-" + id;
  }
}
