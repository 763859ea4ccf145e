package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DraftedTouch;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One case (by default: invoice due 20 March 2026, Berlin, no business calendar) on the SDK's
 * time-skipping test server, started on 2 March unless told otherwise, with recording activities
 * drafting in the given mode.
 */
final class CaseTestServer implements AutoCloseable {

  static final LocalDate DUE = LocalDate.of(2026, 3, 20);

  /** 15 March 09:00 Berlin: the first reminder (five days before due) falls due. */
  static final Instant STEP_ONE = Instant.parse("2026-03-15T08:00:00Z");

  final TestWorkflowEnvironment env;
  final RecordingCaseActivities activities;
  final RecordingTouchActivities touches;
  final RecordingManualStepActivities manualSteps = new RecordingManualStepActivities();
  final RecordingPlanActivities plans = new RecordingPlanActivities();
  final CollectionWorkflow workflow;
  private final WorkflowClient client;

  CaseTestServer(DraftedTouch.SendMode mode) {
    this(mode, CollectionWorkflowTest.snapshot(DUE, 0));
  }

  CaseTestServer(DraftedTouch.SendMode mode, CaseSnapshot snapshot) {
    this(mode, snapshot, CollectionWorkflowTest.START);
  }

  CaseTestServer(DraftedTouch.SendMode mode, CaseSnapshot snapshot, Instant start) {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(start).build());
    Worker worker = env.newWorker(CollectionWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(CollectionWorkflowImpl.class);
    activities = new RecordingCaseActivities(env::currentTimeMillis);
    touches = new RecordingTouchActivities(env::currentTimeMillis);
    touches.mode = mode;
    worker.registerActivitiesImplementations(activities, touches, manualSteps, plans);
    env.newWorker(CollectionWorkflow.SENDING_TASK_QUEUE).registerActivitiesImplementations(touches);
    env.start();
    client = env.getWorkflowClient();
    workflow = start(snapshot);
  }

  private CollectionWorkflow start(CaseSnapshot snapshot) {
    CollectionWorkflow started =
        client.newWorkflowStub(
            CollectionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionWorkflow.workflowId(CollectionWorkflowTest.INVOICE))
                .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                .build());
    WorkflowClient.start(started::run, snapshot);
    return started;
  }

  /**
   * Loses the case's workflow, as a restart of the local Temporal does, and starts it again from
   * {@code snapshot} as the reconciler would; returns the new run's stub.
   */
  CollectionWorkflow restart(CaseSnapshot snapshot) {
    client
        .newUntypedWorkflowStub(CollectionWorkflow.workflowId(CollectionWorkflowTest.INVOICE))
        .terminate("lost");
    return start(snapshot);
  }

  /** The run of the case going on now (continue-as-new and restarts start new ones). */
  String currentRunId() {
    return client
        .newUntypedWorkflowStub(CollectionWorkflow.workflowId(CollectionWorkflowTest.INVOICE))
        .describe()
        .getExecution()
        .getRunId();
  }

  /** Skips to just after the first draft: 15 March, 09:01 Berlin. */
  void untilFirstDraft() {
    sleepUntil(STEP_ONE.plus(Duration.ofMinutes(1)));
  }

  void sleepUntil(Instant instant) {
    env.sleep(Duration.between(now(), instant));
  }

  void sleep(Duration duration) {
    env.sleep(duration);
  }

  Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  @Override
  public void close() {
    env.close();
  }
}
