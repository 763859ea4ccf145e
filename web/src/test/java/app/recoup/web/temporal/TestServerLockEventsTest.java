package app.recoup.web.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local mode's in-process Temporal keeps a bounded number of time-lock notes, however many
 * workflow updates it runs, and the workflows still run through (a lock released after its note was
 * dropped is not taken for an unbalanced unlock).
 */
class TestServerLockEventsTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final int CASES = 30;

  @Test
  void theLocalEngineKeepsAtMostTheBoundOfLockNotesAndEveryWorkflowStillCompletes() {
    TestWorkflowEnvironment env = environment();
    try {
      LocalTemporalConfiguration.boundedTestServerLockEvents(40)
          .postProcessAfterInitialization(env, "engine");

      runWorkflows(env);

      assertThat(TestServerLockEvents.kept(env))
          .as("time-lock notes the local engine holds after %d workflows of three steps", CASES)
          .isLessThanOrEqualTo(40);
    } finally {
      env.close();
    }
  }

  private static TestWorkflowEnvironment environment() {
    return TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder().setInitialTime(START).build());
  }

  /**
   * Each workflow waits a day three times, an activity after each wait; time skips through them.
   */
  private static void runWorkflows(TestWorkflowEnvironment env) {
    var worker = env.newWorker("locks");
    worker.registerWorkflowImplementationTypes(ThreeStepsImpl.class);
    worker.registerActivitiesImplementations((Step) () -> {});
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    List<WorkflowStub> started = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      ThreeSteps workflow =
          client.newWorkflowStub(
              ThreeSteps.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId("case-" + i)
                  .setTaskQueue("locks")
                  .build());
      WorkflowClient.start(workflow::run);
      started.add(WorkflowStub.fromTyped(workflow));
    }
    for (WorkflowStub stub : started) {
      assertThat(stub.getResult(Integer.class))
          .as("steps run by %s", stub.getExecution().getWorkflowId())
          .isEqualTo(3);
    }
  }

  @WorkflowInterface
  public interface ThreeSteps {
    @WorkflowMethod
    int run();
  }

  @ActivityInterface
  public interface Step {
    void take();
  }

  public static class ThreeStepsImpl implements ThreeSteps {
    private final Step step =
        Workflow.newActivityStub(
            Step.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public int run() {
      for (int i = 0; i < 3; i++) {
        Workflow.sleep(Duration.ofDays(1));
        step.take();
      }
      return 3;
    }
  }
}
