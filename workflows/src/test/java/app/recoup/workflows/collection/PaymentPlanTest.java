package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.cadence.StepMessage;
import app.recoup.workflows.plans.Instalment;
import app.recoup.workflows.plans.PaymentPlan;
import app.recoup.workflows.plans.PlanCancel;
import app.recoup.workflows.plans.PlanProgress;
import app.recoup.workflows.plans.PlanStatus;
import app.recoup.workflows.vocabulary.CloseReason;
import app.recoup.workflows.vocabulary.TaskKind;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A payment plan in place of the cadence, on the time-skipping test server: the case (1250.00 EUR,
 * due 20 March, Berlin) agrees three instalments on 5 March, before any reminder went out;
 * reminders three days before each date, missed three days after it, seven days to make good.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PaymentPlanTest {

  static final String ANN = "ann@example.com";
  static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
  static final LocalDate SECOND = LocalDate.of(2026, 5, 1);
  static final LocalDate THIRD = LocalDate.of(2026, 6, 1);
  static final PaymentPlan PLAN =
      new PaymentPlan(
          7L,
          ANN,
          List.of(
              new Instalment(1, FIRST, new BigDecimal("400.00")),
              new Instalment(2, SECOND, new BigDecimal("400.00")),
              new Instalment(3, THIRD, new BigDecimal("450.00"))),
          "agreed on the phone",
          3,
          3,
          7,
          false);

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND);
  private final CollectionWorkflow workflow = server.workflow;
  private final RecordingCaseActivities activities = server.activities;
  private final RecordingTouchActivities touches = server.touches;
  private final RecordingPlanActivities plans = server.plans;

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  /** 09:00 in Berlin on that day (summer time from 29 March). */
  private static Instant nineInBerlin(LocalDate date) {
    return date.atTime(9, 0).atZone(CollectionWorkflowTest.BERLIN).toInstant();
  }

  private void agreeOnFifthMarch() {
    server.sleepUntil(Instant.parse("2026-03-05T10:00:00Z"));
    workflow.agreePlan(PLAN);
  }

  private void pay(String balance, LocalDate on) {
    server.sleepUntil(nineInBerlin(on).plus(Duration.ofHours(3)));
    workflow.invoiceChanged(new InvoiceChange(new BigDecimal(balance), CaseTestServer.DUE));
  }

  private void awaitCompletion() {
    WorkflowStub.fromTyped(workflow).getResult(Void.class);
  }

  private List<StepMessage.Template> sentTemplates() {
    return touches.deliveries.stream()
        .map(sent -> draftFor(sent.delivery().idempotencyKey()).message().template())
        .toList();
  }

  private app.recoup.workflows.approval.TouchRequest draftFor(String key) {
    return touches.drafts.stream()
        .filter(draft -> draft.idempotencyKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPlanKeptSendsAReminderBeforeEachInstalmentInsteadOfTheCadenceAndClosesTheCase() {
    agreeOnFifthMarch();
    assertThat(workflow.state().status()).isEqualTo(CaseStage.ON_PLAN);
    assertThat(workflow.state().plan()).isEqualTo(PLAN);

    pay("850.00", LocalDate.of(2026, 3, 30));
    pay("450.00", LocalDate.of(2026, 4, 29));
    server.sleepUntil(nineInBerlin(LocalDate.of(2026, 5, 29)).plus(Duration.ofMinutes(1)));
    assertThat(touches.deliveries).hasSize(3);
    workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE));
    awaitCompletion();

    assertThat(touches.deliveries)
        .extracting(sent -> sent.at().truncatedTo(ChronoUnit.SECONDS))
        .containsExactly(
            nineInBerlin(LocalDate.of(2026, 3, 29)),
            nineInBerlin(LocalDate.of(2026, 4, 28)),
            nineInBerlin(LocalDate.of(2026, 5, 29)));
    assertThat(sentTemplates()).containsOnly(StepMessage.Template.PLAN_REMINDER);
    assertThat(activities.recordedSteps()).containsOnly(PlanPhase.STEP);
    assertThat(activities.noteTypes())
        .containsExactly(
            "PLAN_AGREED", "INSTALMENT_PAID", "INSTALMENT_PAID", "INSTALMENT_PAID", "PLAN_KEPT");
    assertThat(activities.notes.get(1).details()).isEqualTo("Instalment 1 of 3 paid (400.00 EUR)");
    assertThat(plans.last()).isEqualTo(new PlanProgress(7L, PlanStatus.KEPT, 3, null));
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
    assertThat(activities.tasks).isEmpty();
    assertThat(server.now()).isAfter(Instant.parse("2026-05-29T00:00:00Z"));
  }

  @Test
  void aMissedInstalmentIsToldToTheCustomerAfterItsGraceAndPaidLateThePlanGoesOn() {
    agreeOnFifthMarch();
    pay("850.00", LocalDate.of(2026, 3, 31));

    // the second instalment (1 May) is missed at the start of 5 May, after three days' grace
    server.sleepUntil(Instant.parse("2026-05-04T21:59:00Z"));
    assertThat(activities.noteTypes()).doesNotContain("INSTALMENT_MISSED");
    server.sleepUntil(Instant.parse("2026-05-04T22:01:00Z"));
    assertThat(activities.noteTypes()).contains("INSTALMENT_MISSED");
    assertThat(sentTemplates())
        .containsExactly(
            StepMessage.Template.PLAN_REMINDER,
            StepMessage.Template.PLAN_REMINDER,
            StepMessage.Template.INSTALMENT_MISSED);
    assertThat(plans.last()).isEqualTo(new PlanProgress(7L, PlanStatus.ACTIVE, 1, 2));

    pay("450.00", LocalDate.of(2026, 5, 8));
    server.sleep(Duration.ofMinutes(1));
    assertThat(plans.last()).isEqualTo(new PlanProgress(7L, PlanStatus.ACTIVE, 2, null));
    pay("0.00", LocalDate.of(2026, 5, 20));
    awaitCompletion();

    assertThat(activities.noteTypes())
        .containsExactly(
            "PLAN_AGREED",
            "INSTALMENT_PAID",
            "INSTALMENT_MISSED",
            "INSTALMENT_PAID",
            "INSTALMENT_MADE_GOOD",
            "INSTALMENT_PAID",
            "PLAN_KEPT");
    assertThat(activities.tasks).isEmpty();
    assertThat(plans.last().status()).isEqualTo(PlanStatus.KEPT);
    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
  }

  @Test
  void aMissedInstalmentNotMadeGoodBreaksThePlanOpensATaskAndTheCadenceResumes() {
    agreeOnFifthMarch();

    // the first instalment (1 April) is missed on 5 April; unpaid by 12 April the plan is broken
    server.sleepUntil(Instant.parse("2026-04-11T21:59:00Z"));
    assertThat(activities.tasks).isEmpty();
    assertThat(activities.recordedSteps()).containsOnly(PlanPhase.STEP);
    server.sleepUntil(Instant.parse("2026-04-11T22:01:00Z"));

    assertThat(activities.tasks)
        .extracting(HumanTaskRequest::kind)
        .containsExactly(TaskKind.PLAN_INSTALMENT_MISSED);
    assertThat(activities.noteTypes())
        .containsExactly("PLAN_AGREED", "INSTALMENT_MISSED", "PLAN_BROKEN");
    assertThat(plans.last()).isEqualTo(new PlanProgress(7L, PlanStatus.BROKEN, 0, null));
    assertThat(workflow.state().plan()).isNull();

    server.sleep(Duration.ofDays(1));
    // back on the cadence where it stood (no step done): the step the invoice's age deserves
    assertThat(activities.recordedSteps()).last().isNotEqualTo(PlanPhase.STEP);
    assertThat(workflow.state().status()).isEqualTo(CaseStage.WAITING);
  }

  @Test
  void aPlanAgreedWithdrawsTheDraftWaitingAndCancellingItReturnsToTheCadenceWhereItStood() {
    touches.mode = DraftedTouch.SendMode.APPROVAL;
    server.untilFirstDraft();
    assertThat(workflow.state().status()).isEqualTo(CaseStage.AWAITING_APPROVAL);

    workflow.agreePlan(PLAN);
    server.sleep(Duration.ofMinutes(1));
    assertThat(touches.decisions)
        .extracting(TouchDecision::kind, TouchDecision::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TouchDecision.Kind.SKIPPED, "withdrawn, a payment plan was agreed"));
    assertThatThrownBy(() -> workflow.agreePlan(PLAN)).isInstanceOf(WorkflowUpdateException.class);

    server.sleepUntil(Instant.parse("2026-03-25T10:00:00Z"));
    workflow.cancelPlan(new PlanCancel(7L, ANN, "customer changed their mind"));
    server.sleep(Duration.ofHours(2));

    assertThat(activities.noteTypes()).containsSubsequence("PLAN_AGREED", "PLAN_CANCELLED");
    assertThat(plans.last().status()).isEqualTo(PlanStatus.CANCELLED);
    // step 1 was done; 25 March is five days past due: the cadence catches up with step 3 once
    assertThat(activities.recordedSteps()).containsExactly(1, 3);
    assertThat(workflow.state().pendingDraft().step()).isEqualTo(3);
  }

  @Test
  void aCaseStartedAgainAfterARestartRunsItsPlanAtOnceAndRepeatsNoNoteOrTouch() {
    agreeOnFifthMarch();
    pay("850.00", LocalDate.of(2026, 3, 30));
    // 9 April, 22:00 in Berlin: without its plan the restarted case would catch up a cadence step
    server.sleepUntil(Instant.parse("2026-04-09T20:00:00Z"));
    List<String> keysBefore = activities.notes.stream().map(CaseNote::dedupKey).toList();

    PaymentPlan restored = new PaymentPlan(7L, ANN, PLAN.instalments(), PLAN.note(), 3, 3, 7, true);
    CollectionWorkflow restarted =
        server.restart(
            new CaseSnapshot(
                42L,
                CollectionWorkflowTest.INVOICE,
                "EUR",
                new BigDecimal("850.00"),
                CaseTestServer.DUE,
                CollectionWorkflowTest.BERLIN,
                app.recoup.workflows.cadence.Cadence.DEFAULT,
                0,
                Continuation.resumedIn(0).withPlan(restored),
                ProcessTimings.DEFAULTS));
    server.sleepUntil(nineInBerlin(LocalDate.of(2026, 4, 28)).plus(Duration.ofMinutes(1)));

    assertThat(restarted.state().status()).isEqualTo(CaseStage.ON_PLAN);
    assertThat(activities.recordedSteps()).containsOnly(PlanPhase.STEP);
    // the restarted run notes the paid instalment under the key the ledger has already
    assertThat(activities.notes.stream().map(CaseNote::dedupKey).distinct())
        .containsAll(keysBefore)
        .filteredOn(key -> key.endsWith("/agreed"))
        .hasSize(1);
    assertThat(activities.notes.stream().map(CaseNote::dedupKey).distinct().count())
        .isEqualTo(keysBefore.size());
    assertThat(touches.deliveries)
        .extracting(sent -> sent.delivery().idempotencyKey())
        .containsExactly(
            "invoice-INV-1001/plan-7/instalment-1/reminder",
            "invoice-INV-1001/plan-7/instalment-2/reminder");
  }

  @Test
  void aPlanThatDoesNotAddUpToTheBalanceOrWhoseDatesAreNotAheadIsRefused() {
    server.sleepUntil(Instant.parse("2026-03-05T10:00:00Z"));
    PaymentPlan short1 =
        new PaymentPlan(
            8L,
            ANN,
            List.of(new Instalment(1, FIRST, new BigDecimal("1000.00"))),
            null,
            3,
            3,
            7,
            false);
    PaymentPlan past =
        new PaymentPlan(
            9L,
            ANN,
            List.of(new Instalment(1, LocalDate.of(2026, 3, 4), new BigDecimal("1250.00"))),
            null,
            3,
            3,
            7,
            false);

    assertThatThrownBy(() -> workflow.agreePlan(short1))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("the instalments add up to 1000.00, the case owes 1250.00");
    assertThatThrownBy(() -> workflow.agreePlan(past))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("in the future and ascending");
    assertThat(workflow.state().plan()).isNull();
  }
}
