package app.recoup.web.tasks;

import app.recoup.api.process.CommandRefused;
import app.recoup.api.tasks.TaskAssignment;
import app.recoup.api.tasks.TaskCompletion;
import app.recoup.ledger.tasks.CompletedTask;
import app.recoup.ledger.tasks.TaskBoard;
import app.recoup.ledger.users.AppUserRepository;
import app.recoup.web.forms.AssigneeForm;
import app.recoup.workflows.events.NextStep;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Human tasks: who does what by when, and their completion with a decision. */
@Controller
class TaskPageController {

  private final TaskBoard tasks;
  private final TaskAssignment assignment;
  private final TaskCompletion completion;
  private final AppUserRepository users;
  private final Clock clock;

  TaskPageController(
      TaskBoard tasks,
      TaskAssignment assignment,
      TaskCompletion completion,
      AppUserRepository users,
      Clock clock) {
    this.tasks = tasks;
    this.assignment = assignment;
    this.completion = completion;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String tasks(@RequestParam(defaultValue = "false") boolean mine, Principal user, Model model) {
    model.addAttribute("tasks", tasks.open(mine ? user.getName() : null));
    model.addAttribute("mine", mine);
    model.addAttribute("people", users.activeEmails());
    model.addAttribute("now", clock.instant());
    model.addAttribute("choices", NextStep.Choice.values());
    return "tasks";
  }

  /**
   * A task's decision, and the next step where the task asks for one. An unknown step is a binding
   * error and leaves none (a bean, not a record: a record whose field fails to bind is not made).
   */
  static class CompleteForm {

    private String decision = "";
    private NextStep.Choice choice;

    public String getDecision() {
      return decision;
    }

    public void setDecision(String decision) {
      this.decision = decision;
    }

    public NextStep.Choice getChoice() {
      return choice;
    }

    public void setChoice(NextStep.Choice choice) {
      this.choice = choice;
    }
  }

  @PostMapping("/tasks/{id}/assign")
  String assign(
      @PathVariable long id, @ModelAttribute AssigneeForm form, RedirectAttributes redirect) {
    String person;
    try {
      person = assignment.assign(id, form.person());
    } catch (CommandRefused refusal) {
      return refused(id, refusal.getMessage(), redirect);
    }
    redirect.addFlashAttribute(
        "notice", person == null ? "Task unassigned." : "Task assigned to " + person + ".");
    return "redirect:/tasks";
  }

  @PostMapping("/tasks/{id}/complete")
  String complete(
      @PathVariable long id,
      @ModelAttribute CompleteForm form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    Optional<CompletedTask> completed;
    try {
      completed = completion.complete(id, form.getDecision(), form.getChoice(), user);
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
