package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.approval.TouchRequest;
import app.recoup.workflows.cadence.BusinessCalendar;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.events.Closing;
import app.recoup.workflows.events.DisputeNotice;
import app.recoup.workflows.events.DisputeResolution;
import app.recoup.workflows.events.Pause;
import app.recoup.workflows.events.Promise;
import app.recoup.workflows.events.Reply;
import app.recoup.workflows.events.Resume;
import app.recoup.workflows.events.Snooze;
import app.recoup.workflows.vocabulary.CaseStatus;
import app.recoup.workflows.vocabulary.Channel;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.HoldReason;
import app.recoup.workflows.vocabulary.TimelineEventType;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Replies, pauses, promises, disputes and closings, with time skipping through every wait. */
@Tag("calendar")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CaseEventsTest {

  static final String ANN = "ann@example.com";

  /** 16 March, after the first reminder: the due-date one (20 March) is ahead. */
  static final Instant MARCH_16 = Instant.parse("2026-03-16T10:00:00Z");

  private CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND);
  private final CollectionWorkflow workflow = server.workflow;
  private final RecordingCaseActivities activities = server.activities;
  private final RecordingTouchActivities touches = server.touches;

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  private static void refused(
      ThrowingCallable update, Class<? extends RuntimeException> type, String message) {
    assertThatThrownBy(update)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(type.getName());
              assertThat(failure.getOriginalMessage()).isEqualTo(message);
            });
  }

  @Test
  void aReplyPausesAtOnceNothingIsSentWhilePausedAndAPersonResumes() {
    server.sleepUntil(MARCH_16);

    workflow.replyReceived(new Reply(Channel.EMAIL, "We will pay on Friday"));
    workflow.replyReceived(
        new Reply(Channel.EMAIL, "We will pay on Friday")); // a duplicate changes nothing
    server.sleep(Duration.ofDays(5)); // 21 March: the due-date reminder would have gone

    CaseState paused = workflow.state();
    assertThat(paused.status()).isEqualTo(CaseStage.ON_HOLD);
    assertThat(paused.hold().kind()).isEqualTo(HoldReason.REPLY);
    assertThat(touches.sentSteps()).containsExactly(1);
    assertThat(activities.notes)
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.caseStatus()).isEqualTo(CaseStatus.PAUSED);
              assertThat(note.details())
                  .isEqualTo("On hold: reply: reply by email: We will pay on Friday");
            });

    workflow.resume(new Resume(ANN, "not a real reply"));
    server.sleep(Duration.ofMinutes(5));

    assertThat(activities.notes.get(1))
        .satisfies(
            note -> {
              assertThat(note.type()).isEqualTo(TimelineEventType.CASE_RESUMED);
              assertThat(note.actor()).isEqualTo(ANN);
              assertThat(note.caseStatus()).isEqualTo(CaseStatus.OPEN);
            });
    assertThat(touches.sentSteps()).containsExactly(1, 2); // caught up once, not twice
    refused(
        () -> workflow.resume(new Resume(ANN, null)),
        IllegalStateException.class,
        "the case is not on hold");
  }

  @Test
  void aHoldNobodyActsOnBecomesATask() {
    server.sleepUntil(MARCH_16);
    workflow.pause(new Pause(ANN, "customer on holiday"));

    server.sleep(Duration.ofDays(8));

    assertThat(activities.tasks)
        .containsExactly(HumanTaskRequest.reviewHold(42L, "pause: customer on holiday"));
    assertThat(touches.sentSteps()).containsExactly(1);
    refused(
        () -> workflow.pause(new Pause(ANN, "again")),
        IllegalStateException.class,
        "the case is on hold already (pause: customer on holiday)");
  }

  @Test
  void aReplyWithdrawsTheDraftWaitingForApproval() {
    touches.mode = DraftedTouch.SendMode.APPROVAL;
    server.untilFirstDraft();

    workflow.replyReceived(new Reply(Channel.SMS, "disputed, call me"));
    server.sleep(Duration.ofMinutes(1));

    assertThat(touches.decisions)
        .singleElement()
        .satisfies(
            withdrawn -> {
              assertThat(withdrawn.kind()).isEqualTo(TouchDecision.Kind.SKIPPED);
              assertThat(withdrawn.by()).isEqualTo("recoup");
            });
    refused(
        () -> workflow.approve(new Approval(1, ANN, null, null)),
        IllegalStateException.class,
        "the case is on hold (reply: reply by sms: disputed, call me)");
    assertThat(touches.deliveries).isEmpty();
  }

  @Test
  void aPromiseKeptClosesTheCaseAsKept() {
    server.sleepUntil(MARCH_16);
    workflow.promise(new Promise(ANN, LocalDate.of(2026, 3, 25), null));

    server.sleep(Duration.ofDays(8)); // 24 March
    workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE));
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.noteTypes()).containsExactly("CASE_ON_HOLD", "PROMISE_KEPT");
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
    assertThat(touches.sentSteps()).containsExactly(1);
  }

  @Test
  void aCreditThatSettlesTheInvoiceClosesTheCaseAsCreditedNotPaid() {
    server.sleepUntil(MARCH_16);

    workflow.invoiceChanged(
        new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE, CloseReason.CREDITED));
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.CREDITED));
    assertThat(touches.sentSteps()).containsExactly(1);
  }

  @Test
  void aPromiseBrokenAfterItsGraceDaysIsRecordedAndTheCadenceResumes() {
    server.sleepUntil(MARCH_16);
    String run = server.currentRunId();
    workflow.promise(new Promise(ANN, LocalDate.of(2026, 3, 25), new BigDecimal("500.00")));

    server.sleepUntil(
        Instant.parse("2026-03-28T22:59:00Z")); // 28 March, 23:59 Berlin: still in grace
    assertThat(activities.noteTypes()).containsExactly("CASE_ON_HOLD");
    assertThat(touches.sentSteps()).containsExactly(1);

    server.sleep(Duration.ofMinutes(5));

    assertThat(activities.noteTypes())
        .containsExactly("CASE_ON_HOLD", "PROMISE_BROKEN", "CASE_RESUMED");
    assertThat(activities.notes.get(0).details())
        .isEqualTo("On hold: promise: to pay 500.00 EUR by 2026-03-25");
    assertThat(touches.drafts.get(1))
        .satisfies(
            broken -> {
              assertThat(broken.message().template())
                  .isEqualTo(StepMessage.Template.PROMISE_BROKEN);
              assertThat(broken.idempotencyKey())
                  .isEqualTo("invoice-INV-1001/" + run + "/promise-1/broken");
            });
    assertThat(touches.sentSteps())
        .containsExactly(1, 0, 4); // the broken promise, then the step the case's age deserves
  }

  @Test
  void aBrokenPromiseTouchWaitsForBusinessHoursAndItsOwnDayWithTheCaseGraceDays() {
    server.close();
    CaseSnapshot fresh = CollectionWorkflowTest.snapshot(CaseTestServer.DUE, 0);
    ProcessTimings oneDayGrace = new ProcessTimings(Duration.ofDays(7), 1, 30, Duration.ofDays(7));
    server =
        new CaseTestServer(
            DraftedTouch.SendMode.AUTO_SEND,
            new CaseSnapshot(
                fresh.caseId(),
                fresh.invoiceNumber(),
                fresh.currency(),
                fresh.balance(),
                fresh.dueDate(),
                fresh.customerZone(),
                Cadence.DEFAULT.withCalendar(BusinessCalendar.WEEKDAYS),
                0,
                Continuation.FRESH,
                oneDayGrace));
    server.sleepUntil(MARCH_16);
    String run = server.currentRunId();
    refused(
        () -> server.workflow.promise(new Promise(ANN, LocalDate.of(2026, 4, 16), null)),
        IllegalArgumentException.class,
        "the promised date must be after 2026-03-16 and at most 30 days ahead");
    server.workflow.promise(new Promise(ANN, LocalDate.of(2026, 3, 25), null));

    server.sleepUntil(Instant.parse("2026-03-27T12:00:00Z")); // broken at midnight Berlin, 27 March

    List<RecordingTouchActivities.Delivered> sent = server.touches.deliveries;
    assertThat(sent)
        .extracting(delivered -> delivered.delivery().idempotencyKey())
        .containsExactly(
            "invoice-INV-1001/step-1", "invoice-INV-1001/" + run + "/promise-1/broken");
    Instant nineInTheMorning = Instant.parse("2026-03-27T08:00:00Z"); // Berlin, a Friday
    assertThat(sent.get(1).at()).isBetween(nineInTheMorning, nineInTheMorning.plusSeconds(1));
  }

  /**
   * The broken promise's touch is no cadence step. The reconciler restarts a lost case after its
   * last recorded step, or at it when a touch of that step is unsettled: a broken-promise touch
   * awaiting approval must not make it draft that step again. Its key names the chain of runs, so
   * the promises of a restarted case (numbered from 1 again) get touches of their own.
   */
  @Test
  void aBrokenPromiseTouchIsNoCadenceStepSoARestartDoesNotRedraftTheStepBeforeIt() {
    server.sleepUntil(Instant.parse("2026-04-03T10:00:00Z")); // step 5 (+14) sent at 09:00 Berlin
    String firstRun = server.currentRunId();
    workflow.promise(new Promise(ANN, LocalDate.of(2026, 4, 4), null));
    touches.mode = DraftedTouch.SendMode.APPROVAL;
    server.sleepUntil(
        Instant.parse("2026-04-08T10:00:00Z")); // broken at midnight, its touch awaits approval

    TouchRequest broken = touches.drafts.get(touches.drafts.size() - 1);
    assertThat(broken.message().template()).isEqualTo(StepMessage.Template.PROMISE_BROKEN);
    int recorded = activities.progress.get(activities.progress.size() - 1).currentStep();
    boolean unsettled =
        activities.touches.stream()
            .map(RecordingCaseActivities.Recorded::touch)
            .filter(touch -> touch.step() == recorded)
            .anyMatch(
                touch ->
                    touches.decisions.stream()
                        .noneMatch(d -> d.idempotencyKey().equals(touch.idempotencyKey())));
    int draftsBefore = touches.drafts.size();
    touches.mode = DraftedTouch.SendMode.AUTO_SEND;
    server.restart(
        CollectionWorkflowTest.snapshot(CaseTestServer.DUE, unsettled ? recorded - 1 : recorded));
    server.sleepUntil(Instant.parse("2026-04-10T10:00:00Z"));

    assertThat(touches.drafts.subList(draftsBefore, touches.drafts.size()))
        .extracting(TouchRequest::step)
        .containsExactly(6); // not step 5 again
    assertThat(broken.idempotencyKey())
        .isEqualTo("invoice-INV-1001/" + firstRun + "/promise-1/broken");
  }

  @Test
  void promisesOutsideTheHorizonOrAboveTheBalanceAreRefused() {
    server.sleepUntil(MARCH_16);
    String window = "the promised date must be after 2026-03-16 and at most 90 days ahead";

    refused(
        () -> workflow.promise(new Promise(ANN, LocalDate.of(2026, 3, 16), null)),
        IllegalArgumentException.class,
        window);
    refused(
        () -> workflow.promise(new Promise(ANN, LocalDate.of(2026, 6, 15), null)),
        IllegalArgumentException.class,
        window);
    refused(
        () ->
            workflow.promise(new Promise(ANN, LocalDate.of(2026, 4, 1), new BigDecimal("1250.01"))),
        IllegalArgumentException.class,
        "a promised amount must be above zero and at most the balance 1250.00");

    assertThat(workflow.state().hold()).isNull();
  }

  @Test
  void aDisputeHoldsUntilResolvedAndIsNotResumedAroundIt() {
    server.sleepUntil(MARCH_16);
    DisputeNotice dispute =
        new DisputeNotice("7", "customer", "Goods or services not received", "box never came");

    workflow.openDispute(dispute);
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.tasks)
        .containsExactly(
            HumanTaskRequest.resolveDispute(
                42L, "Goods or services not received (box never came)"));
    refused(
        () -> workflow.openDispute(dispute),
        IllegalStateException.class,
        "dispute 7 is known already");
    refused(
        () -> workflow.resume(new Resume(ANN, null)),
        IllegalStateException.class,
        "the case is disputed: resolve the dispute to resume");
    refused(
        () -> workflow.promise(new Promise(ANN, LocalDate.of(2026, 4, 1), null)),
        IllegalStateException.class,
        "the case is disputed: resolve the dispute first");

    workflow.resolveDispute(
        new DisputeResolution("7", ANN, DisputeResolution.Outcome.REJECTED, "delivery signed"));
    server.sleep(Duration.ofDays(5));

    assertThat(activities.notes.get(1).details())
        .isEqualTo("Resumed: dispute resolved, rejected, delivery signed");
    assertThat(touches.sentSteps()).containsExactly(1, 2);
    refused(
        () ->
            workflow.resolveDispute(
                new DisputeResolution("7", ANN, DisputeResolution.Outcome.REJECTED, null)),
        IllegalStateException.class,
        "no open dispute 7");
  }

  @Test
  void aSnoozeEndsByItselfAtTheStartOfItsDay() {
    server.sleepUntil(MARCH_16);
    workflow.snooze(new Snooze(ANN, LocalDate.of(2026, 3, 24), "waiting for their AP run"));

    server.sleepUntil(Instant.parse("2026-03-23T22:30:00Z")); // 23:30 Berlin the day before
    assertThat(workflow.state().status()).isEqualTo(CaseStage.ON_HOLD);

    server.sleep(Duration.ofHours(1));

    assertThat(activities.noteTypes()).containsExactly("CASE_ON_HOLD", "CASE_RESUMED");
    assertThat(touches.sentSteps()).containsExactly(1, 3);
  }

  @Test
  void aWriteOffClosesTheCaseOnceWithWhoAndWhy() {
    server.sleepUntil(MARCH_16);

    workflow.writeOff(new Closing(ANN, "customer insolvent"));
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.WRITTEN_OFF));
    assertThat(activities.notes)
        .singleElement()
        .satisfies(note -> assertThat(note.actor()).isEqualTo(ANN));
  }

  @Test
  void anOverpaymentClosesTheCaseAndAsksAPersonToRefundOrCredit() {
    server.sleepUntil(MARCH_16);

    workflow.invoiceChanged(new InvoiceChange(new BigDecimal("-20.00"), CaseTestServer.DUE));
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.tasks).containsExactly(HumanTaskRequest.overpaid(42L));
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
  }
}
