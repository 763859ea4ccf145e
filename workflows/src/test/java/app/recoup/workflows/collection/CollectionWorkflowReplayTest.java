package app.recoup.workflows.collection;

import app.recoup.workflows.correspondence.CorrespondenceWorkflowImpl;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running cases must survive a deployment: the current code replays histories recorded by earlier
 * versions. A change that alters the commands a workflow issues without {@code Workflow.getVersion}
 * fails here. Add a history for every released version; never edit the stored ones.
 */
class CollectionWorkflowReplayTest {

  /**
   * The replayer reads each case's input on the workflow thread, which must yield within a second
   * (deadlock detection); building Jackson's deserializers for it can take longer on a loaded
   * machine, so they are built here first, in the converter the replayer uses.
   */
  @BeforeAll
  static void buildTheInputDeserializers() {
    DataConverter converter = GlobalDataConverter.get();
    CaseSnapshot snapshot = CollectionWorkflowTest.snapshot(CaseTestServer.DUE, 0);
    converter.fromPayload(
        converter.toPayload(snapshot).orElseThrow(), CaseSnapshot.class, CaseSnapshot.class);
  }

  @Test
  void replaysAFullCadenceRecordedByVersionOne() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v1-full-cadence.json", CollectionWorkflowImpl.class);
  }

  /**
   * Approval first, events and escalation: an edited approval, a skip, a reply and its resume, an
   * approval timeout, a broken promise, then a person's write-off after the cadence.
   */
  @Test
  void replaysACaseWithApprovalsEventsAndEscalationRecordedByVersionTwo() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v2-approval-events-escalation.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * Steps carrying their own message and approval rule (a policy change mid-case), configured
   * timings, and a broken promise followed by its own touch, approved like any other.
   */
  @Test
  void replaysStepMessagesAndAPromiseBrokenTouchRecordedByVersionThree() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v3-step-messages-promise-broken-touch.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * The version after the split into small classes: every change id in {@link Versions} adopted. A
   * business calendar, an edited approval, a policy change (with a late fee and a final SMS), a
   * broken promise whose own touch (step 0, keyed per chain of runs) is approved edited, a skipped
   * step, a dispute resolved by a credit beside a partial payment, an approval timeout task, and a
   * write-off decided after the cadence.
   */
  @Test
  void replaysOwnKeysCarriedHoldsAndPositionInDaysRecordedByVersionFour() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v4-own-keys-carried-holds-position-in-days.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * Recorded before the age of the invoice picked the step: a case opened on Monday before business
   * hours for an invoice due on Sunday, on weekdays, drafts the pre-due step first.
   */
  @Test
  void replaysALateCaseOpenedBeforeBusinessHoursRecordedByVersionFive() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v5-late-case-before-business-hours.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * Facts relayed from the ledger's outbox (a reply and a policy change, each delivered twice; a
   * promise), an approved SMS waiting for its window withdrawn by the reply, and a draft whose
   * permanent failure opened a task until a person retried it; then paid.
   */
  @Test
  void replaysRelayedEventsWindowHoldsAndAFailureWaitRecordedByVersionFive() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v5-relayed-events-window-holds-failure-wait.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * A case reopened because its invoice was owed again after it closed as paid: it reopens its
   * ledger case first, sends three steps after the last one it sent before under keys of its own,
   * then closes when paid.
   */
  @Test
  void replaysAReopenedCaseRecordedByVersionFive() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v5-reopened-case.json", CollectionWorkflowImpl.class);
  }

  /**
   * Touches sent through the sending queue: an approval in the evening, "not now" from the channel,
   * the send retried in the morning on the same queue; then paid.
   */
  @Test
  void replaysSendsOnTheSendingQueueRecordedByVersionSix() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v6-sending-queue.json", CollectionWorkflowImpl.class);
  }

  /**
   * A cadence with a manual step (a call): its task opened, the wait escalated when it was not done
   * in time, the completion relayed, and the next reminder sent after it.
   */
  @Test
  void replaysAManualStepThatEscalatedRecordedByVersionSeven() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v7-manual-step-escalated.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * A payment plan agreed before any reminder: a reminder before each instalment, the first paid,
   * the second missed (its own touch) and made good, then the plan cancelled and the cadence
   * catching up with its final step; then paid.
   */
  @Test
  void replaysAPaymentPlanMissedMadeGoodAndCancelledRecordedByVersionSeven() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/collection-workflow-v7-payment-plan-missed-made-good-cancelled.json",
        CollectionWorkflowImpl.class);
  }

  /**
   * A case combining per customer: its first touch handed to the customer's correspondence and told
   * "sent" in a combined message, its next one handed over and recalled when the invoice was paid.
   */
  @Test
  void replaysACombinedTouchSentThenRecalledRecordedByVersionEight() throws Exception {
    // the answers it was given name its touch's key, which holds its workflow id
    WorkflowReplayer.replayWorkflowExecution(
        WorkflowExecutionHistory.fromJson(
            resource("histories/collection-workflow-v8-combined-touch-sent-then-recalled.json"),
            CollectionWorkflow.workflowId("INV-A")),
        CollectionWorkflowImpl.class);
  }

  /**
   * A customer's correspondence: two touches waiting out the business day, one draft, an approval,
   * one send, each case told; then a run whose only touch was recalled before the window closed.
   */
  @Test
  void replaysACustomersCorrespondenceRecordedByVersionOne() throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/correspondence-workflow-v1-combined-message-approved-sent.json",
        CorrespondenceWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        "histories/correspondence-workflow-v1-combined-message-recalled-touch.json",
        CorrespondenceWorkflowImpl.class);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CollectionWorkflowReplayTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
