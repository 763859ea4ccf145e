package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.events.NextStep;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.TaskKind;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the workflow on the SDK's test server with time skipping: weeks pass in milliseconds. */
@Tag("calendar")
class CollectionWorkflowTest {

  static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String INVOICE = "INV-1001";

  private TestWorkflowEnvironment env;
  private RecordingCaseActivities activities;
  private RecordingTouchActivities touches;
  private WorkflowClient client;

  @BeforeEach
  void startTestServer() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(START).build());
    Worker worker = env.newWorker(CollectionWorkflow.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(CollectionWorkflowImpl.class);
    activities = new RecordingCaseActivities(env::currentTimeMillis);
    touches = new RecordingTouchActivities(env::currentTimeMillis);
    worker.registerActivitiesImplementations(activities, touches);
    env.newWorker(CollectionWorkflow.SENDING_TASK_QUEUE).registerActivitiesImplementations(touches);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void stopTestServer() {
    env.close();
  }

  static CaseSnapshot snapshot(LocalDate dueDate, int lastDoneStep) {
    return new CaseSnapshot(
        42L,
        INVOICE,
        "EUR",
        new BigDecimal("1250.00"),
        dueDate,
        BERLIN,
        Cadence.DEFAULT,
        lastDoneStep);
  }

  private CollectionWorkflow start(CaseSnapshot snapshot) {
    CollectionWorkflow workflow =
        client.newWorkflowStub(
            CollectionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CollectionWorkflow.workflowId(snapshot.invoiceNumber()))
                .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::run, snapshot);
    return workflow;
  }

  private void awaitCompletion() {
    WorkflowStub.fromTyped(
            client.newWorkflowStub(
                CollectionWorkflow.class, CollectionWorkflow.workflowId(INVOICE)))
        .getResult(Void.class);
  }

  /** Skips past the whole cadence and the escalation wait: the case waits for a person. */
  private void untilAPersonIsAsked() {
    env.sleep(Duration.ofDays(60));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void everyStepIsRecordedAtNineInTheCustomersMorningAndThenAPersonDecides() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));

    untilAPersonIsAsked();

    // Berlin changes to summer time on 29 March: 09:00 local is 08:00Z before, 07:00Z after.
    assertThat(activities.touches)
        .extracting(recorded -> recorded.touch().plannedAt())
        .containsExactly(
            Instant.parse("2026-03-15T08:00:00Z"),
            Instant.parse("2026-03-20T08:00:00Z"),
            Instant.parse("2026-03-23T08:00:00Z"),
            Instant.parse("2026-03-27T08:00:00Z"),
            Instant.parse("2026-04-03T07:00:00Z"),
            Instant.parse("2026-04-10T07:00:00Z"),
            Instant.parse("2026-04-19T07:00:00Z"));
    assertThat(activities.touches)
        .allSatisfy(
            recorded ->
                assertThat(recorded.recordedAt()).isAfterOrEqualTo(recorded.touch().plannedAt()))
        .extracting(recorded -> recorded.touch().idempotencyKey())
        .containsExactly(
            "invoice-INV-1001/step-1",
            "invoice-INV-1001/step-2",
            "invoice-INV-1001/step-3",
            "invoice-INV-1001/step-4",
            "invoice-INV-1001/step-5",
            "invoice-INV-1001/step-6",
            "invoice-INV-1001/step-7");
    assertThat(Duration.between(START, Instant.ofEpochMilli(env.currentTimeMillis())))
        .isGreaterThan(Duration.ofDays(30));
    assertThat(touches.sentSteps()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(activities.tasks).containsExactly(HumanTaskRequest.decideNextStep(42L));
    assertThat(activities.progress.get(activities.progress.size() - 1))
        .isEqualTo(new CaseProgress(42L, 7, null));
    assertThat(activities.closures).isEmpty();
    assertThat(workflow.state().status()).isEqualTo(CaseStage.HANDED_TO_PERSON);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aPersonIsAskedOnlyAWeekAfterTheFinalTouchAndTheirWriteOffClosesTheCase() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));
    Instant finalTouch = Instant.parse("2026-04-19T07:00:00Z");

    env.sleep(Duration.between(START, finalTouch.plus(Duration.ofDays(7)).minusSeconds(60)));
    assertThat(activities.recordedSteps()).hasSize(7);
    assertThat(activities.tasks).isEmpty();

    env.sleep(Duration.ofMinutes(2));
    assertThat(activities.tasks).containsExactly(HumanTaskRequest.decideNextStep(42L));

    workflow.decideNextStep(
        new NextStep("ann@example.com", NextStep.Choice.WRITE_OFF, "insolvent"));
    awaitCompletion();

    assertThat(activities.noteTypes()).containsExactly("NEXT_STEP_DECIDED", "CASE_WRITTEN_OFF");
    assertThat(activities.notes.get(0))
        .satisfies(
            note -> {
              assertThat(note.details()).isEqualTo("write off: insolvent");
              assertThat(note.completesTask()).isEqualTo(TaskKind.DECIDE_NEXT_STEP);
            });
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.WRITTEN_OFF));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aLegalReferralIsRecordedAndTheCaseWaitsForPaymentWithoutTouches() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));
    untilAPersonIsAsked();
    assertThatThrownBy(() -> workflow.decideNextStep(new NextStep("ann@example.com", null, null)))
        .isInstanceOf(WorkflowUpdateException.class);

    workflow.decideNextStep(new NextStep("ann@example.com", NextStep.Choice.LEGAL_REFERRAL, null));
    env.sleep(Duration.ofDays(30));
    assertThatThrownBy(
            () ->
                workflow.decideNextStep(
                    new NextStep("ann@example.com", NextStep.Choice.CALL_CLIENT, null)))
        .isInstanceOf(WorkflowUpdateException.class);
    workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, LocalDate.of(2026, 3, 20)));
    awaitCompletion();

    assertThat(activities.recordedSteps()).hasSize(7);
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theQueryShowsTheCaseWaitingForItsNextTouch() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));

    env.sleep(Duration.ofDays(14)); // 16 March: step 1 (15 March) done, step 2 (20 March) ahead

    CaseState state = workflow.state();
    assertThat(state.status()).isEqualTo(CaseStage.WAITING);
    assertThat(state.currentStep()).isEqualTo(1);
    assertThat(state.nextTouchAt()).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
    assertThat(activities.progress)
        .contains(new CaseProgress(42L, 1, Instant.parse("2026-03-20T08:00:00Z")));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void paymentInFullClosesTheCaseAndNothingMoreIsRecorded() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));
    env.sleep(Duration.ofDays(14));

    workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, LocalDate.of(2026, 3, 20)));
    awaitCompletion();

    assertThat(activities.recordedSteps()).containsExactly(1);
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
    assertThat(activities.tasks).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aLaterDueDateMovesTheNextTouch() {
    CollectionWorkflow workflow = start(snapshot(LocalDate.of(2026, 3, 20), 0));
    env.sleep(Duration.ofDays(14));

    workflow.invoiceChanged(new InvoiceChange(new BigDecimal("900.00"), LocalDate.of(2026, 5, 4)));
    env.sleep(Duration.ofDays(10)); // 26 March: the old due-date touch would have fired by now

    CaseState state = workflow.state();
    assertThat(activities.recordedSteps()).containsExactly(1);
    assertThat(state.nextTouchAt()).isEqualTo(Instant.parse("2026-05-04T07:00:00Z"));
    assertThat(state.balance()).isEqualByComparingTo("900.00");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aCaseOpenedLateStartsAtTheStepItsAgeDeservesWithoutFiringTheMissedOnes() {
    start(snapshot(LocalDate.of(2026, 2, 20), 0)); // ten days overdue on 2 March

    untilAPersonIsAsked();

    assertThat(activities.recordedSteps()).containsExactly(4, 5, 6, 7);
    assertThat(activities.touches.get(0).touch().plannedAt())
        .isBetween(START, START.plusSeconds(60)); // at once, not at its own (past) instant
    assertThat(activities.touches.get(1).touch().plannedAt())
        .isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aResumedCaseContinuesAfterItsRecordedStep() {
    start(snapshot(LocalDate.of(2026, 2, 20), 4));

    untilAPersonIsAsked();

    assertThat(activities.recordedSteps()).containsExactly(5, 6, 7);
    assertThat(activities.touches.get(0).touch().plannedAt())
        .isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aReopenedCaseReopensItsLedgerCaseFirstAndContinuesAfterItsLastStepUnderKeysOfItsOwn() {
    Reopening reopening = new Reopening(1, "100.00 EUR owed again after the case closed as paid");
    start(reopenedAfterStep3(reopening));

    env.sleep(Duration.ofDays(1));

    assertThat(activities.reopenings).containsExactly(reopening);
    assertThat(activities.touches)
        .extracting(recorded -> recorded.touch().idempotencyKey())
        .first()
        .isEqualTo("invoice-INV-1001/reopened-1/step-4");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aReopenedCaseWhoseInvoiceIsPaidAgainByThenEndsAtOnce() {
    activities.stillOwed = false;
    start(reopenedAfterStep3(new Reopening(2, "owed again")));

    awaitCompletion();

    assertThat(activities.touches).isEmpty();
    assertThat(touches.sentSteps()).isEmpty();
  }

  /** The case of an invoice due 20 Feb that closed after step 3, starting again as reopened. */
  private CaseSnapshot reopenedAfterStep3(Reopening reopening) {
    CaseSnapshot closed = snapshot(LocalDate.of(2026, 2, 20), 3);
    return new CaseSnapshot(
        closed.caseId(),
        closed.invoiceNumber(),
        closed.currency(),
        closed.balance(),
        closed.dueDate(),
        closed.customerZone(),
        closed.cadence(),
        3,
        Continuation.FRESH,
        ProcessTimings.DEFAULTS,
        reopening);
  }
}
