package app.recoup.web.history;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns raw history events into lines a person can follow, one run at a time. */
final class HistoryLines {

  /** Activity types by the id of the event that scheduled them, to name their outcome. */
  private final Map<Long, String> activities = new HashMap<>();

  HistoryLine line(HistoryEvent event) {
    Instant time =
        Instant.ofEpochSecond(event.getEventTime().getSeconds(), event.getEventTime().getNanos());
    String what = readable(event.getEventType());
    String summary = "";
    List<String> payloads = List.of();
    boolean routine = false;
    switch (event.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
        var started = event.getWorkflowExecutionStartedEventAttributes();
        summary =
            started.getWorkflowType().getName()
                + " on task queue "
                + started.getTaskQueue().getName()
                + (started.getContinuedExecutionRunId().isEmpty()
                    ? ""
                    : ", continued as new from run " + started.getContinuedExecutionRunId());
        payloads = Payloads.text(started.getInput());
      }
      case EVENT_TYPE_TIMER_STARTED -> {
        var timer = event.getTimerStartedEventAttributes();
        Duration wait =
            Duration.ofSeconds(
                timer.getStartToFireTimeout().getSeconds(),
                timer.getStartToFireTimeout().getNanos());
        summary =
            "timer "
                + timer.getTimerId()
                + " fires in "
                + readable(wait)
                + " (at "
                + time.plus(wait)
                + ")";
      }
      case EVENT_TYPE_TIMER_FIRED ->
          summary = "timer " + event.getTimerFiredEventAttributes().getTimerId();
      case EVENT_TYPE_TIMER_CANCELED ->
          summary = "timer " + event.getTimerCanceledEventAttributes().getTimerId();
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
        var scheduled = event.getActivityTaskScheduledEventAttributes();
        activities.put(event.getEventId(), scheduled.getActivityType().getName());
        summary =
            scheduled.getActivityType().getName() + " (activity " + scheduled.getActivityId() + ")";
        payloads = Payloads.text(scheduled.getInput());
      }
      case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
        var started = event.getActivityTaskStartedEventAttributes();
        summary = activity(started.getScheduledEventId()) + ", attempt " + started.getAttempt();
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
        var completed = event.getActivityTaskCompletedEventAttributes();
        summary = activity(completed.getScheduledEventId()) + " returned";
        payloads = Payloads.text(completed.getResult());
      }
      case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
        var failed = event.getActivityTaskFailedEventAttributes();
        summary = activity(failed.getScheduledEventId()) + ": " + failed.getFailure().getMessage();
      }
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
        var timedOut = event.getActivityTaskTimedOutEventAttributes();
        summary =
            activity(timedOut.getScheduledEventId()) + ": " + timedOut.getFailure().getMessage();
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> {
        var signal = event.getWorkflowExecutionSignaledEventAttributes();
        summary =
            signal.getSignalName()
                + (signal.getIdentity().isEmpty() ? "" : " from " + signal.getIdentity());
        payloads = Payloads.text(signal.getInput());
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED -> {
        var request =
            event.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest();
        summary =
            request.getInput().getName() + " (update " + request.getMeta().getUpdateId() + ")";
        payloads = Payloads.text(request.getInput().getArgs());
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED -> {
        var completed = event.getWorkflowExecutionUpdateCompletedEventAttributes();
        summary =
            "update "
                + completed.getMeta().getUpdateId()
                + (completed.getOutcome().hasFailure()
                    ? " failed: " + completed.getOutcome().getFailure().getMessage()
                    : " answered");
        payloads = Payloads.text(completed.getOutcome().getSuccess());
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW -> {
        var continued = event.getWorkflowExecutionContinuedAsNewEventAttributes();
        summary = "the case goes on in run " + continued.getNewExecutionRunId();
        payloads = Payloads.text(continued.getInput());
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          payloads =
              Payloads.text(event.getWorkflowExecutionCompletedEventAttributes().getResult());
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          summary = event.getWorkflowExecutionFailedEventAttributes().getFailure().getMessage();
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          summary = event.getWorkflowExecutionTerminatedEventAttributes().getReason();
      case EVENT_TYPE_MARKER_RECORDED ->
          summary = event.getMarkerRecordedEventAttributes().getMarkerName();
      case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
          EVENT_TYPE_WORKFLOW_TASK_STARTED,
          EVENT_TYPE_WORKFLOW_TASK_COMPLETED ->
          routine = true;
      case EVENT_TYPE_WORKFLOW_TASK_FAILED -> {
        var failed = event.getWorkflowTaskFailedEventAttributes();
        summary = failed.getCause().name() + ": " + failed.getFailure().getMessage();
      }
      default -> summary = "";
    }
    return new HistoryLine(event.getEventId(), time, what, summary, payloads, routine);
  }

  private String activity(long scheduledEventId) {
    return activities.getOrDefault(scheduledEventId, "activity #" + scheduledEventId);
  }

  /** EVENT_TYPE_ACTIVITY_TASK_COMPLETED reads "Activity task completed". */
  static String readable(EventType type) {
    String words =
        type.name().replaceFirst("^EVENT_TYPE_", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String readable(Duration duration) {
    if (duration.toDays() > 0) {
      return duration.toDays()
          + "d "
          + duration.toHoursPart()
          + "h "
          + duration.toMinutesPart()
          + "m";
    }
    if (duration.toHours() > 0) {
      return duration.toHours() + "h " + duration.toMinutesPart() + "m";
    }
    return duration.toMinutes() > 0
        ? duration.toMinutes() + "m " + duration.toSecondsPart() + "s"
        : duration.toSeconds() + "s";
  }
}
