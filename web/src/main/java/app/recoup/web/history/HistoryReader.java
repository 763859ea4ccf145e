package app.recoup.web.history;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a workflow run's event history through the Temporal frontend API, page by page: the same
 * call on the in-process test server and on a real cluster (no visibility store needed).
 */
@Component
public class HistoryReader {

  /** A case's history stays far below this; it only bounds a page for a runaway workflow. */
  static final int MAX_EVENTS = 10_000;

  private final WorkflowServiceStubs service;
  private final String namespace;

  HistoryReader(WorkflowServiceStubs service, WorkflowClient client) {
    this.service = service;
    this.namespace = client.getOptions().getNamespace();
  }

  String namespace() {
    return namespace;
  }

  /** The run's history (the latest run when {@code runId} is blank); empty when unknown. */
  Optional<WorkflowHistory> read(String workflowId, String runId) {
    return events(workflowId, runId)
        .map(
            events -> {
              HistoryLines lines = new HistoryLines();
              List<HistoryLine> read = new ArrayList<>();
              String continuedFrom = null;
              String actualRunId = runId;
              for (HistoryEvent event : events) {
                if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED) {
                  var started = event.getWorkflowExecutionStartedEventAttributes();
                  actualRunId = started.getOriginalExecutionRunId();
                  continuedFrom =
                      started.getContinuedExecutionRunId().isEmpty()
                          ? null
                          : started.getContinuedExecutionRunId();
                }
                read.add(lines.line(event));
              }
              return new WorkflowHistory(workflowId, actualRunId, continuedFrom, read);
            });
  }

  /** The workflows the latest run of {@code workflowId} started as its children, newest first. */
  public List<String> children(String workflowId) {
    List<String> children = new ArrayList<>();
    for (HistoryEvent event : events(workflowId, null).orElse(List.of())) {
      if (event.getEventType() == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED) {
        children.add(
            0,
            event
                .getChildWorkflowExecutionStartedEventAttributes()
                .getWorkflowExecution()
                .getWorkflowId());
      }
    }
    return children;
  }

  private Optional<List<HistoryEvent>> events(String workflowId, String runId) {
    WorkflowExecution.Builder execution = WorkflowExecution.newBuilder().setWorkflowId(workflowId);
    if (runId != null && !runId.isBlank()) {
      execution.setRunId(runId);
    }
    List<HistoryEvent> events = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    try {
      do {
        GetWorkflowExecutionHistoryResponse response =
            service
                .blockingStub()
                .getWorkflowExecutionHistory(
                    GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace(namespace)
                        .setExecution(execution)
                        .setNextPageToken(page)
                        .build());
        events.addAll(response.getHistory().getEventsList());
        page = response.getNextPageToken();
      } while (!page.isEmpty() && events.size() < MAX_EVENTS);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND
          || e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(events);
  }
}
