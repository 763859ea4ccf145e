package app.recoup.workflows.correspondence;

import io.temporal.failure.ApplicationFailure;

/** Signals from one workflow to another that may have ended meanwhile. */
public final class ExternalSignals {

  /** How the SDK fails a signal to a workflow that is not running (any more). */
  static final String NOT_FOUND =
      "SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND";

  private ExternalSignals() {}

  /** Sends the signal; returns false when its workflow has ended (any other failure is thrown). */
  public static boolean sendIfRunning(Runnable signal) {
    try {
      signal.run();
      return true;
    } catch (ApplicationFailure failed) {
      if (!NOT_FOUND.equals(failed.getType())) {
        throw failed;
      }
      return false;
    }
  }
}
