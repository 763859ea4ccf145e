package app.recoup.api.cases;

import app.recoup.workflows.collection.ProcessTimings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The process's waits, copied into every case when it starts: {@code recoup.process.hold-review} (a
 * hold nobody acts on becomes a task), {@code promise-grace-days}, {@code promise-horizon-days} and
 * {@code escalation-wait} (after the final touch). Unset ones keep {@link ProcessTimings#DEFAULTS}.
 */
@ConfigurationProperties("recoup.process")
record TimingProperties(
    Duration holdReview,
    Integer promiseGraceDays,
    Integer promiseHorizonDays,
    Duration escalationWait) {

  ProcessTimings timings() {
    ProcessTimings defaults = ProcessTimings.DEFAULTS;
    return new ProcessTimings(
        holdReview == null ? defaults.holdReviewAfter() : holdReview,
        promiseGraceDays == null ? defaults.promiseGraceDays() : promiseGraceDays,
        promiseHorizonDays == null ? defaults.promiseHorizonDays() : promiseHorizonDays,
        escalationWait == null ? defaults.escalateAfter() : escalationWait);
  }
}
