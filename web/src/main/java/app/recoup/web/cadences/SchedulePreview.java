package app.recoup.web.cadences;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When each touch of a cadence would go out for an example invoice: the same pure functions the
 * process uses (the cadence on the business calendar), in the customer's zone.
 */
public record SchedulePreview(LocalDate dueDate, ZoneId zone, List<Touch> touches) {

  public record Touch(int step, int offsetDays, ZonedDateTime at, String channel, String tone, String template, boolean needsApproval) {}

  static SchedulePreview of(Cadence cadence, LocalDate dueDate, ZoneId zone) {
    List<Touch> touches =
        cadence.steps().stream()
            .map(step -> touch(cadence, step, dueDate, zone))
            .toList();
    return new SchedulePreview(dueDate, zone, touches);
  }

  private static Touch touch(Cadence cadence, CadenceStep step, LocalDate dueDate, ZoneId zone) {
    var message = step.messageOrDefault();
    return new Touch(
        step.number(),
        step.offsetDays(),
        cadence.touchAt(step, dueDate, zone).atZone(zone),
        message.channel().name(),
        message.tone().name(),
        message.template().name(),
        message.needsApproval());
  }
}
