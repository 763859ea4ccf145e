package app.recoup.workflows.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * When the reminders of a case fall due: a policy as data, evaluated by pure functions of (policy,
 * due date, customer's zone, now). Every touch is planned at {@code touchTime} on the customer's
 * local calendar, so a daylight-saving change moves the instant, never the local hour.
 *
 * <p>With a {@link BusinessCalendar}, a touch that would fall outside business hours, on a weekend
 * or a holiday moves to the next business slot. Cadences recorded before calendars existed have
 * none and keep their plain schedule.
 *
 * @param steps ordered by offset, numbered from 1
 * @param touchTime the customer-local time of day a touch is planned for
 * @param calendar when touches may go out; null for any time
 */
public record Cadence(List<CadenceStep> steps, LocalTime touchTime, BusinessCalendar calendar) {

  /** Five days before due, on the due date, then +3, +7, +14, +21 and +30 (final notice). */
  public static final Cadence DEFAULT = ofOffsets(LocalTime.of(9, 0), -5, 0, 3, 7, 14, 21, 30);

  public Cadence {
    steps = List.copyOf(steps);
  }

  public Cadence(List<CadenceStep> steps, LocalTime touchTime) {
    this(steps, touchTime, null);
  }

  public Cadence withCalendar(BusinessCalendar businessCalendar) {
    return new Cadence(steps, touchTime, businessCalendar);
  }

  public static Cadence ofOffsets(LocalTime touchTime, int... offsetDays) {
    List<CadenceStep> steps =
        IntStream.range(0, offsetDays.length)
            .mapToObj(i -> new CadenceStep(i + 1, offsetDays[i]))
            .toList();
    return new Cadence(steps, touchTime);
  }

  /** How many days before the due date a case opens: the earliest step's lead time, or none. */
  public int preDueWindowDays() {
    return steps.isEmpty() ? 0 : Math.max(0, -steps.get(0).offsetDays());
  }

  public int lastStepNumber() {
    return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).number();
  }

  /** The number of the last step at or before {@code offsetDays} from the due date; 0 for none or null. */
  public int lastStepUpTo(Integer offsetDays) {
    return offsetDays == null
        ? 0
        : steps.stream().filter(step -> step.offsetDays() <= offsetDays).mapToInt(CadenceStep::number).max().orElse(0);
  }

  /**
   * The offset of step {@code number}: null for step 0 (none done), past every step when the
   * number is past the last.
   */
  public Integer offsetOf(int number) {
    if (number <= 0) {
      return null;
    }
    return steps.stream()
        .filter(step -> step.number() == number)
        .map(CadenceStep::offsetDays)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }

  public Instant touchAt(CadenceStep step, LocalDate dueDate, ZoneId zone) {
    return slot(dueDate.plusDays(step.offsetDays()).atTime(touchTime).atZone(zone).toInstant(), zone);
  }

  private Instant slot(Instant at, ZoneId zone) {
    return calendar == null ? at : calendar.nextSlot(at, zone, Set.of());
  }

  /**
   * The next touch after {@code lastDoneStep}. A case that starts (or resumes) late does not fire
   * every step it missed: of the steps already due it takes only the latest, the one its age
   * deserves, planned for {@code now}; otherwise the first step still ahead at its own instant.
   */
  public Optional<PlannedStep> next(int lastDoneStep, LocalDate dueDate, ZoneId zone, Instant now) {
    PlannedStep latestDue = null;
    for (CadenceStep step : steps) {
      if (step.number() <= lastDoneStep) {
        continue;
      }
      Instant at = touchAt(step, dueDate, zone);
      if (at.isAfter(now)) {
        return Optional.of(latestDue != null ? latestDue : new PlannedStep(step, at));
      }
      latestDue = new PlannedStep(step, slot(now, zone));
    }
    return Optional.ofNullable(latestDue);
  }
}
