package app.recoup.api.tasks;

import app.recoup.api.problems.Problems;
import app.recoup.ledger.tasks.Task;
import app.recoup.ledger.tasks.TaskBoard;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.TaskKind;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Human tasks as JSON: the open ones to work through, one task, its assignment and completion. */
@Tag(name = "tasks")
@RestController
class TaskController {

  private final TaskBoard board;
  private final TaskAssignment assignment;
  private final TaskCompletion completion;

  TaskController(TaskBoard board, TaskAssignment assignment, TaskCompletion completion) {
    this.board = board;
    this.assignment = assignment;
    this.completion = completion;
  }

  record AssignRequest(
      @Schema(
              description = "an active user's email; absent or blank unassigns the task",
              example = "ana@example.com")
          String assignee) {}

  record CompleteRequest(
      @Schema(
              description = "what was decided, up to 2000 characters",
              example = "Called them: they pay on Friday")
          String decision,
      @Schema(description = "the next step; required for a DECIDE_NEXT_STEP task")
          NextStep.Choice choice) {}

  /** Open tasks, the most urgent first. */
  @GetMapping("/api/tasks")
  ResponseEntity<?> open(
      @Parameter(description = "only the caller's tasks") @RequestParam(defaultValue = "false")
          boolean mine,
      @Parameter(
              description = "only tasks of this kind, as tasks show it",
              example = "email.bounced")
          @RequestParam(required = false)
          String kind,
      Principal user) {
    if (kind != null
        && Arrays.stream(TaskKind.values()).noneMatch(known -> known.stored().equals(kind))) {
      return Problems.answer(HttpStatus.BAD_REQUEST, "No task kind " + kind, "kind");
    }
    List<Task> open = board.open(mine ? user.getName() : null);
    return ResponseEntity.ok(
        open.stream().filter(task -> kind == null || kind.equals(task.kind())).toList());
  }

  @GetMapping("/api/tasks/{id}")
  ResponseEntity<?> show(@PathVariable long id) {
    return board.find(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noTask(id));
  }

  @PostMapping("/api/tasks/{id}/assign")
  ResponseEntity<?> assign(
      @PathVariable long id, @RequestBody(required = false) AssignRequest request) {
    if (board.find(id).isEmpty()) {
      return noTask(id);
    }
    assignment.assign(id, request == null ? null : request.assignee());
    return ResponseEntity.ok(board.find(id).orElseThrow());
  }

  /** Marks the task done with the decision, which lands on its case's timeline. */
  @PostMapping("/api/tasks/{id}/complete")
  ResponseEntity<?> complete(
      @PathVariable long id,
      @RequestBody(required = false) CompleteRequest request,
      Authentication user) {
    if (board.find(id).isEmpty()) {
      return noTask(id);
    }
    CompleteRequest given = request == null ? new CompleteRequest(null, null) : request;
    if (completion.complete(id, given.decision(), given.choice(), user).isEmpty()) {
      return Problems.answer(HttpStatus.CONFLICT, "Someone already completed this task.");
    }
    return ResponseEntity.ok(board.find(id).orElseThrow());
  }

  private static ResponseEntity<?> noTask(long id) {
    return Problems.answer(HttpStatus.NOT_FOUND, "No task " + id);
  }
}
