package app.recoup.workflows.collection;

import static app.recoup.workflows.collection.SendingWindowHoldsTest.EVENING;
import static app.recoup.workflows.collection.SendingWindowHoldsTest.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.workflows.approval.Approval;
import app.recoup.workflows.approval.DraftedTouch;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sending has its own task queue, so a slow mail server or SMS provider (or a rate limit) holds up
 * only sends, never the drafting, the ledger writes or the workflow tasks of other cases.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SendingQueueTest {

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.APPROVAL);

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  /** Approved in the evening, the channel says "not now" until the morning. */
  @Test
  void touchesAreSentThroughTheSendingQueueAndEverythingElseRunsOnTheCasesQueue() {
    server.touches.notNowUntil.add(MORNING);
    server.sleepUntil(EVENING);
    server.workflow.approve(new Approval(1, CaseEventsTest.ANN, null, null));
    server.sleepUntil(MORNING.plus(Duration.ofHours(1)));
    server.workflow.invoiceChanged(new InvoiceChange(BigDecimal.ZERO, CaseTestServer.DUE));
    server.sleep(Duration.ofMinutes(1));

    assertThat(server.touches.deliveries)
        .singleElement()
        .satisfies(sent -> assertThat(sent.at()).isBetween(MORNING, MORNING.plusSeconds(1)));
    Map<String, Set<String>> queuesByActivity = scheduledActivities();
    assertThat(queuesByActivity.get("SendTouch"))
        .as("where the send and its retry after 'not now' were scheduled")
        .containsExactly(CollectionWorkflow.SENDING_TASK_QUEUE);
    assertThat(queuesByActivity)
        .as("every other activity")
        .allSatisfy(
            (type, queues) -> {
              if (!type.equals("SendTouch")) {
                assertThat(queues).containsExactly(CollectionWorkflow.TASK_QUEUE);
              }
            });
    assertThat(queuesByActivity).containsKeys("DraftTouch", "RecordDecision", "CloseCase");
  }

  private Map<String, Set<String>> scheduledActivities() {
    WorkflowExecutionHistory history =
        server
            .env
            .getWorkflowClient()
            .fetchHistory(CollectionWorkflow.workflowId(CollectionWorkflowTest.INVOICE));
    List<ActivityTaskScheduledEventAttributes> scheduled =
        history.getEvents().stream()
            .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
            .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
            .toList();
    assertThat(
            scheduled.stream()
                .filter(event -> event.getActivityType().getName().equals("SendTouch")))
        .as("send attempts: 'not now' in the evening, sent in the morning")
        .hasSize(2);
    return scheduled.stream()
        .collect(
            Collectors.groupingBy(
                event -> event.getActivityType().getName(),
                Collectors.mapping(event -> event.getTaskQueue().getName(), Collectors.toSet())));
  }
}
