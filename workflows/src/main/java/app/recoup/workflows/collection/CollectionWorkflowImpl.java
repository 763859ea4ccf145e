package app.recoup.workflows.collection;

import app.recoup.workflows.cadence.PlannedStep;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The skeleton of the collection process: sleep until each touch of the cadence, record it, and
 * stop when nothing is owed; after the last step a person decides. Code changes that alter the
 * sequence of commands must be guarded with {@code Workflow.getVersion}: the replay test over a
 * stored history fails when they are not.
 */
public class CollectionWorkflowImpl implements CollectionWorkflow {

  private final CaseActivities activities =
      Workflow.newActivityStub(
          CaseActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  private final CaseSnapshot snapshot;
  private BigDecimal balance;
  private LocalDate dueDate;
  private int currentStep;
  private Instant nextTouchAt;
  private CaseStatus status = CaseStatus.WAITING;
  private boolean scheduleChanged;

  @WorkflowInit
  public CollectionWorkflowImpl(CaseSnapshot snapshot) {
    this.snapshot = snapshot;
    this.balance = snapshot.balance();
    this.dueDate = snapshot.dueDate();
    this.currentStep = snapshot.lastDoneStep();
  }

  @Override
  public void run(CaseSnapshot snapshot) {
    while (status != CaseStatus.CLOSED) {
      Optional<PlannedStep> next =
          snapshot.cadence().next(currentStep, dueDate, snapshot.customerZone(), now());
      if (next.isEmpty()) {
        break;
      }
      if (waitUntilDue(next.get())) {
        recordTouch(next.get());
      }
    }
    nextTouchAt = null;
    if (status == CaseStatus.CLOSED) {
      activities.closeCase(new CaseClosure(snapshot.caseId(), "PAID"));
      return;
    }
    status = CaseStatus.HANDED_TO_PERSON;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, null));
    activities.openHumanTask(HumanTaskRequest.decideNextStep(snapshot.caseId()));
  }

  /** Returns whether the touch fell due; false when a signal closed the case or moved it. */
  private boolean waitUntilDue(PlannedStep planned) {
    nextTouchAt = planned.at();
    scheduleChanged = false;
    activities.updateProgress(new CaseProgress(snapshot.caseId(), currentStep, nextTouchAt));
    Duration untilTouch = Duration.between(now(), planned.at());
    if (untilTouch.isNegative() || untilTouch.isZero()) {
      return status != CaseStatus.CLOSED;
    }
    boolean interrupted =
        Workflow.await(untilTouch, () -> status == CaseStatus.CLOSED || scheduleChanged);
    return !interrupted;
  }

  private void recordTouch(PlannedStep planned) {
    int step = planned.step().number();
    String key = Workflow.getInfo().getWorkflowId() + "/step-" + step;
    activities.recordPlannedTouch(
        new PlannedTouch(snapshot.caseId(), step, planned.step().offsetDays(), planned.at(), key));
    currentStep = step;
  }

  @Override
  public void invoiceChanged(InvoiceChange change) {
    balance = change.balance();
    dueDate = change.dueDate();
    if (balance.signum() <= 0) {
      status = CaseStatus.CLOSED;
    } else {
      scheduleChanged = true;
    }
  }

  @Override
  public CaseState state() {
    return new CaseState(status, currentStep, nextTouchAt, balance);
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
