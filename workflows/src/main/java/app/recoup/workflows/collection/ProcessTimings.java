package app.recoup.workflows.collection;

import java.time.Duration;

/**
 * The waits of the process that a business may tune ({@code recoup.process.*}), copied into each
 * case when it starts.
 *
 * @param holdReviewAfter a hold nobody acts on for this long becomes a task
 * @param promiseGraceDays days after the promised date before a promise counts as broken
 * @param promiseHorizonDays the furthest ahead a promise or a snooze may reach
 * @param escalateAfter after the final touch, how long without payment, promise or dispute before a
 *     person decides the next step
 */
public record ProcessTimings(
    Duration holdReviewAfter,
    int promiseGraceDays,
    int promiseHorizonDays,
    Duration escalateAfter) {

  /** The values cases used before they were settings; snapshots without timings run on them. */
  public static final ProcessTimings DEFAULTS =
      new ProcessTimings(Duration.ofDays(7), 3, 90, Duration.ofDays(7));

  public ProcessTimings {
    if (holdReviewAfter == null
        || holdReviewAfter.compareTo(Duration.ZERO) <= 0
        || escalateAfter == null
        || escalateAfter.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException(
          "the hold review period and the escalation wait must be above zero");
    }
    if (promiseGraceDays < 0 || promiseHorizonDays < 1) {
      throw new IllegalArgumentException(
          "the promise grace must be zero or more days, the horizon at least one day");
    }
  }
}
