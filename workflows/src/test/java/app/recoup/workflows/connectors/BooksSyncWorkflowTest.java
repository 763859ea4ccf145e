package app.recoup.workflows.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sync schedule and its runs on the time-skipping test server: the {@code @Timeout}s prove that
 * hours of schedule took seconds.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BooksSyncWorkflowTest {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration INTERVAL = Duration.ofMinutes(15);

  TestWorkflowEnvironment env;
  RecordingSyncActivities activities;
  WorkflowClient client;

  @BeforeEach
  void start() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(START).build());
    Worker worker = env.newWorker(BooksScheduleWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        BooksScheduleWorkflowImpl.class, BooksSyncWorkflowImpl.class);
    activities = new RecordingSyncActivities(env::currentTimeMillis);
    worker.registerActivitiesImplementations(activities);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void connectingSyncsAtOnceThenEveryFifteenMinutes() {
    syncNow("connected");

    env.sleep(Duration.ofMinutes(46));

    assertThat(minutesAfterStart(activities.pulls)).containsExactly(0L, 15L, 30L, 45L);
  }

  @Test
  void syncNowRunsAtOnceInsteadOfWaitingForTheInterval() {
    syncNow("connected");
    env.sleep(Duration.ofMinutes(5));

    syncNow("webhook");
    env.sleep(Duration.ofMinutes(1));

    assertThat(minutesAfterStart(activities.pulls)).containsExactly(0L, 5L);
  }

  @Test
  void aDisconnectedConnectionEndsTheSchedule() {
    activities.connected = false;

    syncNow("connected");
    env.sleep(Duration.ofMinutes(31));

    assertThat(activities.pulls).hasSize(1);
    assertThat(schedule().describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void aThrottledPullWaitsForRetryAfterAndThenSyncs() {
    activities.throttled = 3;

    syncNow("connected");
    env.sleep(Duration.ofMinutes(2));

    assertThat(activities.pulls).as("three 429s, 30 s apart, then the pull").hasSize(1);
    // the doubling back-off alone would have tried again after 2 + 4 + 8 seconds
    assertThat(Duration.ofMillis(activities.pulls.get(0) - START.toEpochMilli()))
        .isBetween(Duration.ofSeconds(90), Duration.ofSeconds(120));
    assertThat(activities.failedSyncs).isEmpty();
  }

  @Test
  void aPaymentThatCannotBeWrittenIsRetriedThenGivenUpWithoutHoldingBackTheOthers() {
    activities.toPush = List.of(7L, 8L);
    activities.failingPayment = 7L;

    syncNow("connected");
    env.sleep(Duration.ofHours(2));

    assertThat(activities.pushAttempts.get(7L)).isEqualTo(10);
    assertThat(activities.gaveUp).containsExactly("7: QuickBooks answered 503");
    assertThat(activities.pushed).containsExactly(8L);
  }

  @Test
  void aRunWritesBackLateFeesAfterPaymentsAndTheNextRunDoesNotWriteThemAgain() {
    activities.toPush = List.of(7L);
    activities.feesToPush = List.of(21L, 22L);

    syncNow("connected");
    env.sleep(Duration.ofMinutes(16));

    assertThat(activities.pulls).as("two runs").hasSize(2);
    assertThat(activities.writes).containsExactly("payment 7", "fee 21", "fee 22");
  }

  @Test
  void aLateFeeThatCannotBeWrittenIsGivenUpOnWithoutHoldingBackTheOthers() {
    activities.feesToPush = List.of(21L, 22L);
    activities.failingFee = 21L;

    syncNow("connected");
    env.sleep(Duration.ofHours(2));

    assertThat(activities.gaveUp).containsExactly("fee 21: Xero answered 503");
    assertThat(activities.writes).containsExactly("fee 22");
  }

  private void syncNow(String reason) {
    BooksScheduleWorkflow schedule =
        client.newWorkflowStub(
            BooksScheduleWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(BooksScheduleWorkflow.workflowId(BooksVendor.QUICKBOOKS))
                .setTaskQueue(BooksScheduleWorkflow.TASK_QUEUE)
                .build());
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(schedule::run, BooksVendor.QUICKBOOKS, INTERVAL);
    request.add(schedule::syncNow, reason);
    client.signalWithStart(request);
  }

  private WorkflowStub schedule() {
    return client.newUntypedWorkflowStub(BooksScheduleWorkflow.workflowId(BooksVendor.QUICKBOOKS));
  }

  private static List<Long> minutesAfterStart(List<Long> millis) {
    return millis.stream()
        .map(at -> Duration.ofMillis(at - START.toEpochMilli()).toMinutes())
        .toList();
  }
}
