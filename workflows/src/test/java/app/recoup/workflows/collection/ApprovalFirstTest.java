package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.approval.Skip;
import app.recoup.workflows.approval.TouchDecision;
import app.recoup.workflows.vocabulary.CloseReason;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every touch waits for a person unless the auto-send rule allows it; time skips through waits. */
class ApprovalFirstTest {

  private CaseTestServer server;
  private RecordingCaseActivities activities;
  private RecordingTouchActivities touches;
  private CollectionWorkflow workflow;

  @BeforeEach
  void startCase() {
    server = new CaseTestServer(DraftedTouch.SendMode.APPROVAL);
    activities = server.activities;
    touches = server.touches;
    workflow = server.workflow;
  }

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  private void untilFirstDraft() {
    server.untilFirstDraft();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void nothingIsSentBeforeApprovalAndAnApprovalSendsExactlyOnce() {
    untilFirstDraft();
    server.sleep(Duration.ofHours(47)); // just within the approval timeout

    assertThat(touches.drafts).hasSize(1);
    assertThat(touches.deliveries).isEmpty();
    CaseState waiting = workflow.state();
    assertThat(waiting.status()).isEqualTo(CaseStage.AWAITING_APPROVAL);
    assertThat(waiting.pendingDraft().step()).isEqualTo(1);
    assertThat(waiting.pendingDraft().draftedAt())
        .isBetween(CaseTestServer.STEP_ONE, CaseTestServer.STEP_ONE.plusSeconds(1));

    workflow.approve(new Approval(1, "ann@example.com", null, null));
    server.sleep(Duration.ofMinutes(1));

    assertThat(touches.sentSteps()).containsExactly(1);
    assertThat(touches.deliveries.get(0).delivery().approvedBy()).isEqualTo("ann@example.com");
    assertThat(touches.decisions)
        .extracting(TouchDecision::kind)
        .containsExactly(TouchDecision.Kind.APPROVED);
    assertThat(workflow.state().status()).isEqualTo(CaseStage.WAITING);
    assertThat(activities.tasks).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anEditedApprovalSendsTheEditedText() {
    untilFirstDraft();

    workflow.approve(new Approval(1, "ann@example.com", null, "Dear Sir, kindly pay."));
    server.sleep(Duration.ofMinutes(1));

    assertThat(touches.deliveries)
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.delivery().subject()).isEqualTo("Reminder 1");
              assertThat(sent.delivery().body()).isEqualTo("Dear Sir, kindly pay.");
            });
    assertThat(touches.decisions)
        .extracting(TouchDecision::kind)
        .containsExactly(TouchDecision.Kind.EDITED);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aDraftNobodyAnswersBecomesATaskAndIsStillNeverSentUnapproved() {
    untilFirstDraft();
    server.sleep(Duration.ofDays(10)); // past the 48 h timeout and past the next step's date

    assertThat(activities.tasks).containsExactly(HumanTaskRequest.approveTouch(42L, 1));
    assertThat(touches.deliveries).isEmpty();
    assertThat(touches.drafts).hasSize(1); // the cadence does not run on behind the person's back

    workflow.approve(new Approval(1, "ann@example.com", null, null));
    server.sleep(Duration.ofMinutes(1));

    assertThat(touches.sentSteps()).containsExactly(1);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aSkippedDraftIsNotSentAndTheNextStepIsDraftedOnItsDate() {
    untilFirstDraft();

    workflow.skip(new Skip(1, "ann@example.com", "spoke on the phone"));
    server.sleep(Duration.ofDays(5)); // 20 March: the due-date reminder

    assertThat(touches.deliveries).isEmpty();
    assertThat(touches.decisions)
        .singleElement()
        .satisfies(
            skipped -> {
              assertThat(skipped.kind()).isEqualTo(TouchDecision.Kind.SKIPPED);
              assertThat(skipped.body()).isEqualTo("spoke on the phone");
            });
    assertThat(workflow.state().pendingDraft().step()).isEqualTo(2);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void staleDuplicateAndMalformedDecisionsAreRefusedAndChangeNothing() {
    untilFirstDraft();

    assertThatThrownBy(() -> workflow.approve(new Approval(2, "ann@example.com", null, null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(IllegalStateException.class.getName());
              assertThat(failure.getOriginalMessage())
                  .isEqualTo("reminder 1 awaits approval, not 2");
            });
    assertThatThrownBy(() -> workflow.approve(new Approval(1, "ann@example.com", " ", null)))
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(failure.getType()).isEqualTo(IllegalArgumentException.class.getName()));
    assertThatThrownBy(() -> workflow.skip(new Skip(1, "", null)))
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(failure.getType()).isEqualTo(IllegalArgumentException.class.getName()));

    workflow.approve(new Approval(1, "ann@example.com", null, null));
    assertThatThrownBy(() -> workflow.approve(new Approval(1, "bob@example.com", null, null)))
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure ->
                assertThat(failure.getOriginalMessage()).isEqualTo("no draft awaits approval"));
    server.sleep(Duration.ofMinutes(1));

    assertThat(touches.sentSteps()).containsExactly(1);
    assertThat(touches.decisions).extracting(TouchDecision::by).containsExactly("ann@example.com");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void paymentWhileADraftWaitsClosesTheCaseAndSendsNothing() {
    untilFirstDraft();

    workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE));
    server.sleep(Duration.ofMinutes(1));

    assertThat(activities.closures).containsExactly(new CaseClosure(42L, CloseReason.PAID));
    assertThat(touches.deliveries).isEmpty();
    assertThat(workflow.state().pendingDraft()).isNull();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aTrustedCustomersTouchesGoOutWithoutWaitingAndSayWhoAllowedThem() {
    untilFirstDraft(); // drafted in review mode: waits for a person
    workflow.approve(new Approval(1, "ann@example.com", null, null));
    touches.mode = DraftedTouch.SendMode.AUTO_SEND; // the review period is over

    server.sleep(Duration.ofDays(5));

    assertThat(touches.sentSteps()).containsExactly(1, 2);
    assertThat(touches.decisions.get(1).kind()).isEqualTo(TouchDecision.Kind.AUTO_APPROVED);
    assertThat(touches.deliveries.get(1).delivery().approvedBy()).isEqualTo("recoup");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anExcludedCustomerGetsAPersonInsteadOfTouches() {
    touches.mode = DraftedTouch.SendMode.MANUAL;
    untilFirstDraft();
    server.sleep(Duration.ofDays(60));

    assertThat(activities.tasks).containsExactly(HumanTaskRequest.handleManually(42L));
    assertThat(touches.drafts).hasSize(1);
    assertThat(touches.deliveries).isEmpty();
    assertThat(workflow.state().status()).isEqualTo(CaseStage.HANDED_TO_PERSON);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aSendRefusedForQuietHoursIsRetriedWhenTheChannelAllows() {
    Instant morning = CaseTestServer.STEP_ONE.plus(Duration.ofHours(20));
    touches.notNowUntil.add(morning);
    untilFirstDraft();

    workflow.approve(new Approval(1, "ann@example.com", null, null));
    server.sleep(Duration.ofDays(1));

    assertThat(touches.deliveries)
        .singleElement()
        .satisfies(sent -> assertThat(sent.at()).isBetween(morning, morning.plusSeconds(1)));
  }
}
