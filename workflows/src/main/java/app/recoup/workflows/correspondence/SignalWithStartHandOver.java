package app.recoup.workflows.correspondence;

import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;

/**
 * Hands a touch over by signal-with-start: the customer's correspondence is started when none runs,
 * and signalled either way. The signal is deduplicated by touch key, so a retried activity changes
 * nothing.
 */
public class SignalWithStartHandOver implements HandOverActivities {

  private final WorkflowClient client;

  public SignalWithStartHandOver(WorkflowClient client) {
    this.client = client;
  }

  @Override
  public void handOver(HandedTouch touch) {
    CorrespondenceWorkflow correspondence =
        client.newWorkflowStub(
            CorrespondenceWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CorrespondenceWorkflow.workflowId(touch.customerId()))
                .setTaskQueue(CorrespondenceWorkflow.TASK_QUEUE)
                .build());
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(correspondence::run, CorrespondenceCarry.fresh(touch.customerId()));
    request.add(correspondence::handOver, touch);
    client.signalWithStart(request);
  }
}
