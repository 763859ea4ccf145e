package app.recoup.web.cadences;

import app.recoup.workflows.cadence.Cadence;
import app.recoup.workflows.cadence.CadenceStep;
import app.recoup.workflows.cadence.PlannedStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * When each touch of a cadence would go out (or, for a manual step, when its task opens) for an
 * example invoice: the plan of the same pure function the process uses (the cadence on the business
 * calendar), in the customer's zone.
 */
public record SchedulePreview(LocalDate dueDate, ZoneId zone, List<Touch> touches) {

  public record Touch(
      int step,
      int offsetDays,
      ZonedDateTime at,
      String channel,
      String tone,
      String template,
      boolean needsApproval) {}

  /**
   * The plan of a case that opens on time (at the start of its first step's day), as the process
   * would run it: each touch the next one the cadence gives, on a business day of its own.
   */
  static SchedulePreview of(Cadence cadence, LocalDate dueDate, ZoneId zone) {
    Instant opens = dueDate.minusDays(cadence.preDueWindowDays()).atStartOfDay(zone).toInstant();
    List<Touch> touches =
        cadence.plan(0, dueDate, zone, opens, Set.of()).stream()
            .map(planned -> touch(planned, zone))
            .toList();
    return new SchedulePreview(dueDate, zone, touches);
  }

  private static Touch touch(PlannedStep planned, ZoneId zone) {
    CadenceStep step = planned.step();
    if (step.manual() != null) {
      return new Touch(
          step.number(),
          step.offsetDays(),
          planned.at().atZone(zone),
          "task: " + step.manual().action().describe(),
          "-",
          "-",
          false);
    }
    var message = step.messageOrDefault();
    return new Touch(
        step.number(),
        step.offsetDays(),
        planned.at().atZone(zone),
        message.channel().name(),
        message.tone().name(),
        message.template().name(),
        message.needsApproval());
  }
}
