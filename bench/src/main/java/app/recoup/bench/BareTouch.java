package app.recoup.bench;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * The floor a touch's lateness is measured against: a workflow that sleeps until the instant and
 * calls one activity that does nothing but note the wall clock, on the same in-process Temporal.
 */
@WorkflowInterface
public interface BareTouch {

  @WorkflowMethod
  void run(long dueEpochMillis);

  @ActivityInterface
  interface Noted {
    void touched(long dueEpochMillis);
  }

  class Impl implements BareTouch {

    private final Noted noted =
        Workflow.newActivityStub(
            Noted.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(5)).build());

    @Override
    public void run(long dueEpochMillis) {
      long wait = dueEpochMillis - Workflow.currentTimeMillis();
      if (wait > 0) {
        Workflow.sleep(Duration.ofMillis(wait));
      }
      noted.touched(dueEpochMillis);
    }
  }
}
