package app.recoup.api.connectors;

import app.recoup.ledger.connectors.BooksConnections;
import app.recoup.workflows.connectors.BooksScheduleWorkflow;
import app.recoup.workflows.vocabulary.BooksVendor;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and wakes the connections' sync schedules ({@link BooksScheduleWorkflow}, one per vendor
 * across the cluster): "sync now", a vendor webhook and connecting all signal-with-start it, and a
 * process starting up makes sure every connected vendor's schedule runs (the in-process Temporal
 * forgets it on restart; a real cluster already has it).
 */
@Component
public class BooksSchedules {

  private final WorkflowClient client;
  private final BooksConnections connections;
  private final Duration interval;

  BooksSchedules(
      WorkflowClient client,
      BooksConnections connections,
      @Value("${recoup.connectors.sync-interval:15m}") Duration interval) {
    this.client = client;
    this.connections = connections;
    this.interval = interval;
  }

  /** Runs a sync at once, starting the schedule if it is not running. */
  public void syncNow(BooksVendor vendor, String reason) {
    BooksScheduleWorkflow schedule = stub(vendor);
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(schedule::run, vendor, interval);
    request.add(schedule::syncNow, reason);
    client.signalWithStart(request);
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeConnected() {
    for (BooksVendor vendor : BooksVendor.values()) {
      connections
          .find(vendor)
          .filter(connection -> connection.connected())
          .ifPresent(connected -> syncNow(vendor, "started with the application"));
    }
  }

  private BooksScheduleWorkflow stub(BooksVendor vendor) {
    return client.newWorkflowStub(
        BooksScheduleWorkflow.class,
        WorkflowOptions.newBuilder()
            .setWorkflowId(BooksScheduleWorkflow.workflowId(vendor))
            .setTaskQueue(BooksScheduleWorkflow.TASK_QUEUE)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
            .build());
  }
}
