package app.recoup.workflows.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.workflows.approval.DraftedTouch;
import app.recoup.workflows.events.Retry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Activities that can never succeed: a permanent failure stops at once, a transient one after its
 * bounded retries; either way one task names it and the case waits for a person, days on end.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ActivityFailureTest {

  private final CaseTestServer server = new CaseTestServer(DraftedTouch.SendMode.AUTO_SEND);
  private final RecordingTouchActivities touches = server.touches;

  @AfterEach
  void stopTestServer() {
    server.close();
  }

  @Test
  void aPermanentFailureOpensOneTaskNamingItAndTheCaseWaitsForAPersonToRetry() {
    touches.draftFailure =
        new IllegalArgumentException("the template names an unknown field: invoice.poNumber");
    server.untilFirstDraft();
    server.sleep(Duration.ofDays(3));

    assertThat(touches.drafts).as("draft attempts").hasSize(1);
    assertThat(server.activities.tasks)
        .containsExactly(
            HumanTaskRequest.activityFailed(
                42L,
                "DraftTouch failed (IllegalArgumentException: the template names an unknown field: invoice.poNumber)"));
    assertThat(server.workflow.state().status()).isEqualTo(CaseStage.HANDED_TO_PERSON);

    touches.draftFailure = null;
    server.workflow.retryFailedStep(new Retry(CaseEventsTest.ANN, "template fixed"));
    server.sleep(Duration.ofMinutes(5));

    assertThat(touches.sentSteps()).containsExactly(1);
    assertThat(server.workflow.state().status()).isEqualTo(CaseStage.WAITING);
    assertThatThrownBy(() -> server.workflow.retryFailedStep(new Retry(CaseEventsTest.ANN, null)))
        .hasStackTraceContaining("nothing failed: the case runs");
  }

  @Test
  void aTransientFailureIsRetriedABoundedNumberOfTimesThenOpensOneTask() {
    touches.sendFailure = new IllegalStateException("mail server refused the connection");
    server.untilFirstDraft();
    server.sleep(Duration.ofDays(2));
    int attempts = touches.sendAttempts.get();
    server.sleep(Duration.ofDays(5));

    assertThat(attempts).isEqualTo(30);
    assertThat(touches.sendAttempts.get())
        .as("attempts after the task was opened")
        .isEqualTo(attempts);
    assertThat(server.activities.tasks)
        .singleElement()
        .satisfies(
            task ->
                assertThat(task.title())
                    .isEqualTo(
                        "Stopped, fix and retry: SendTouch failed (IllegalStateException: mail server refused the connection)"));
    assertThat(touches.deliveries).isEmpty();
  }
}
