package app.recoup.activities.correspondence;

import app.recoup.workflows.collection.CollectionWorkflow;
import app.recoup.workflows.correspondence.SignalWithStartHandOver;
import io.temporal.client.WorkflowClient;
import io.temporal.spring.boot.ActivityImpl;
import org.springframework.stereotype.Component;

/** The cases' hand-over of due touches to their customer's correspondence, as a worker's bean. */
@Component
@ActivityImpl(taskQueues = CollectionWorkflow.TASK_QUEUE)
class CorrespondenceHandOver extends SignalWithStartHandOver {

  CorrespondenceHandOver(WorkflowClient client) {
    super(client);
  }
}
