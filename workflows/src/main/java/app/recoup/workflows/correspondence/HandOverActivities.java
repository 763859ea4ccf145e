package app.recoup.workflows.correspondence;

import io.temporal.activity.ActivityInterface;

/** How a case hands a due touch to its customer's correspondence (a workflow cannot start one). */
@ActivityInterface
public interface HandOverActivities {

  /** Signals the customer's correspondence, starting it when none runs. */
  void handOver(HandedTouch touch);
}
