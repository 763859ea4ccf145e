package app.recoup.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.invoices.Invoice;
import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.collection.CaseSnapshot;
import app.recoup.workflows.collection.CaseStage;
import app.recoup.workflows.collection.CaseState;
import app.recoup.workflows.collection.CollectionWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The local profile's Temporal runs on the wall clock: a touch planned minutes ahead has not
 * happened a few seconds later. With time skipping the idle test server would jump straight to it.
 */
class WallClockTest extends CaseApplicationTest {

  @Autowired WorkflowClient workflowClient;
  @Autowired CollectionCases cases;

  @Test
  void aTouchMinutesAwayHasNotFiredAfterSecondsOfRealTime() throws InterruptedException {
    ZonedDateTime touchAt =
        ZonedDateTime.now(CaseFixtures.UTC).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    Invoice invoice = fixtures.invoiceDue(touchAt.toLocalDate(), CaseFixtures.UTC);
    long caseId =
        cases.openIfAbsent(invoice.getId(), CaseFixtures.workflowId(invoice)).orElseThrow();
    Cadence dueDateOnly = Cadence.ofOffsets(touchAt.toLocalTime(), 0);
    CaseSnapshot snapshot = CaseFixtures.snapshot(invoice, caseId, dueDateOnly, 0);
    CollectionWorkflow workflow =
        workflowClient.newWorkflowStub(
            CollectionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CaseFixtures.workflowId(invoice))
                .setTaskQueue(CollectionWorkflow.TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::run, snapshot);
    Eventually.within(
        Duration.ofSeconds(20), "workflow waiting", () -> workflow.state().nextTouchAt() != null);

    Thread.sleep(3_000);

    CaseState state = workflow.state();
    assertThat(state.status()).isEqualTo(CaseStage.WAITING);
    assertThat(state.currentStep()).isZero();
    assertThat(state.nextTouchAt()).isEqualTo(touchAt.toInstant());
    assertThat(fixtures.touchesFor(invoice)).isZero();
    assertThat(fixtures.workflowRunning(invoice)).isTrue();
    assertThat(Instant.now()).isBefore(touchAt.toInstant());
  }
}
