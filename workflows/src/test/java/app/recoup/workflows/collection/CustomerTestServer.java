package app.recoup.workflows.collection;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.correspondence.Combining;
import app.recoup.workflows.correspondence.Correspondence;
import app.recoup.workflows.correspondence.CorrespondenceWorkflow;
import app.recoup.workflows.correspondence.CorrespondenceWorkflowImpl;
import app.recoup.workflows.correspondence.SignalWithStartHandOver;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One customer (Berlin, weekdays 09:00 to 17:00) with several cases on the SDK's time-skipping test
 * server, started on Monday 2 March 2026, with the real hand-over (signal-with-start) and recording
 * activities for the ledger, drafting and sending.
 */
final class CustomerTestServer implements AutoCloseable {

  static final long CUSTOMER = 7L;
  static final Cadence WEEKDAYS = Cadence.DEFAULT.withCalendar(BusinessCalendar.WEEKDAYS);

  final TestWorkflowEnvironment env;
  final RecordingCaseActivities cases;
  final RecordingTouchActivities touches;
  final RecordingCorrespondenceActivities correspondence;
  final WorkflowClient client;
  private final Map<String, CollectionWorkflow> started = new HashMap<>();

  CustomerTestServer() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setInitialTime(CollectionWorkflowTest.START)
                .build());
    client = env.getWorkflowClient();
    Worker worker = env.newWorker(CollectionWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        CollectionWorkflowImpl.class, CorrespondenceWorkflowImpl.class);
    cases = new RecordingCaseActivities(env::currentTimeMillis);
    touches = new RecordingTouchActivities(env::currentTimeMillis);
    touches.mode = DraftedTouch.SendMode.APPROVAL;
    correspondence = new RecordingCorrespondenceActivities(env::currentTimeMillis);
    worker.registerActivitiesImplementations(
        cases,
        touches,
        correspondence,
        new RecordingManualStepActivities(),
        new RecordingPlanActivities(),
        new SignalWithStartHandOver(client));
    env.newWorker(CollectionWorkflow.SENDING_TASK_QUEUE)
        .registerActivitiesImplementations(touches, correspondence);
    env.start();
  }

  /** Starts the case of {@code invoice}, due on {@code due}, after {@code lastDoneStep}. */
  CollectionWorkflow open(
      long caseId, String invoice, LocalDate due, int lastDoneStep, Combining combining) {
    CaseSnapshot snapshot =
        new CaseSnapshot(
            caseId,
            invoice,
            "EUR",
            new BigDecimal("1250.00"),
            due,
            CollectionWorkflowTest.BERLIN,
            WEEKDAYS,
            lastDoneStep,
            Continuation.FRESH,
            ProcessTimings.DEFAULTS,
            null,
            new Correspondence(CUSTOMER, combining));
    CollectionWorkflow workflow =
        client.newWorkflowStub(
            CollectionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionWorkflow.workflowId(invoice))
                .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::run, snapshot);
    started.put(invoice, workflow);
    return workflow;
  }

  CollectionWorkflow invoice(String invoice) {
    return started.get(invoice);
  }

  CorrespondenceWorkflow customer() {
    return client.newWorkflowStub(
        CorrespondenceWorkflow.class, CorrespondenceWorkflow.workflowId(CUSTOMER));
  }

  void sleepUntil(Instant instant) {
    env.sleep(Duration.between(now(), instant));
  }

  Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  @Override
  public void close() {
    env.close();
  }
}
