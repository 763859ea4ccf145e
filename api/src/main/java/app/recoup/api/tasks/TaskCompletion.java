package app.recoup.api.tasks;

import app.recoup.api.process.CaseCommands;
import app.recoup.api.process.CommandRefused;
import app.recoup.api.relay.WorkflowEventRecorder;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.InvoiceRepository;
import app.recoup.ledger.tasks.CompletedTask;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.workflows.events.ManualStepDone;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.TaskKind;
import app.recoup.workflows.vocabulary.TimelineEventType;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's decision on a task: the task is done and the decision lands on the case's timeline, in
 * one transaction. This is the one place a completion happens. A "decide next step" task also tells
 * the case's workflow what was decided, and completing a failure's task has the case retry the
 * failed step; if the case refuses, the task stays open. A manual step's completion is recorded for
 * the workflow event relay in the same transaction, so the waiting case learns it even if Temporal
 * is unreachable now.
 */
@Service
public class TaskCompletion {

  public static final int MAX_DECISION_LENGTH = 2000;

  private final HumanTasks tasks;
  private final Timeline timeline;
  private final CaseCommands commands;
  private final CollectionCases cases;
  private final InvoiceRepository invoices;
  private final WorkflowEventRecorder events;
  private final Clock clock;

  TaskCompletion(
      HumanTasks tasks,
      Timeline timeline,
      CaseCommands commands,
      CollectionCases cases,
      InvoiceRepository invoices,
      WorkflowEventRecorder events,
      Clock clock) {
    this.tasks = tasks;
    this.timeline = timeline;
    this.commands = commands;
    this.cases = cases;
    this.invoices = invoices;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Empty when the task is unknown or someone already completed it. {@code choice} is the next step
   * of a "decide next step" task (required there, ignored elsewhere).
   *
   * @param written what the person decided, 1 to {@value #MAX_DECISION_LENGTH} characters once
   *     trimmed
   * @throws CommandRefused when the decision or the choice is missing or the case does not take it
   */
  @Transactional
  public Optional<CompletedTask> complete(
      long taskId, String written, NextStep.Choice choice, Authentication user) {
    String decision = written == null ? "" : written.trim();
    if (decision.isEmpty() || decision.length() > MAX_DECISION_LENGTH) {
      throw CommandRefused.byField(
          HttpStatus.BAD_REQUEST,
          "decision",
          "Write the decision (up to " + MAX_DECISION_LENGTH + " characters).");
    }
    Optional<CompletedTask> completed = tasks.complete(taskId, decision, user.getName());
    completed
        .filter(task -> task.caseId() != null)
        .ifPresent(
            task -> {
              if (task.is(TaskKind.DECIDE_NEXT_STEP)) {
                decideNextStep(task.caseId(), decision, choice, user);
              } else if (task.is(TaskKind.ACTIVITY_FAILED)) {
                commands.retryFailedStep(invoiceNumber(task.caseId()), decision, user);
              } else if (task.is(TaskKind.MANUAL_STEP)) {
                events.manualStepDone(
                    cases.findById(task.caseId()).orElseThrow().invoiceId(),
                    new ManualStepDone(task.id(), user.getName(), decision));
              }
              timeline.append(
                  task.caseId(),
                  clock.instant(),
                  user.getName(),
                  TimelineEventType.TASK_COMPLETED,
                  task.title() + ": " + decision,
                  "task-completed:" + task.id());
            });
    return completed;
  }

  private void decideNextStep(
      long caseId, String decision, NextStep.Choice choice, Authentication user) {
    if (choice == null) {
      throw CommandRefused.byField(HttpStatus.BAD_REQUEST, "choice", "Choose the next step.");
    }
    commands.decideNextStep(invoiceNumber(caseId), choice, decision, user);
  }

  private String invoiceNumber(long caseId) {
    return cases
        .findById(caseId)
        .flatMap(decided -> invoices.findById(decided.invoiceId()))
        .orElseThrow()
        .getNumber();
  }
}
