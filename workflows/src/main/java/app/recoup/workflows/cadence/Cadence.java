package app.recoup.workflows.cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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

  /**
   * The number of the last step at or before {@code offsetDays} from the due date; 0 for none or
   * null.
   */
  public int lastStepUpTo(Integer offsetDays) {
    return offsetDays == null
        ? 0
        : steps.stream()
            .filter(step -> step.offsetDays() <= offsetDays)
            .mapToInt(CadenceStep::number)
            .max()
            .orElse(0);
  }

  /**
   * The offset of step {@code number}: null for step 0 (none done), past every step when the number
   * is past the last.
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
    return slot(ownInstant(step, dueDate, zone), zone);
  }

  /** The step's instant before any calendar moves it: its day at the touch time. */
  private Instant ownInstant(CadenceStep step, LocalDate dueDate, ZoneId zone) {
    return dueDate.plusDays(step.offsetDays()).atTime(touchTime).atZone(zone).toInstant();
  }

  private Instant slot(Instant at, ZoneId zone) {
    return calendar == null ? at : calendar.nextSlot(at, zone, Set.of());
  }

  /**
   * The next touch after {@code lastDoneStep}, chosen by the invoice's age on the customer's
   * calendar and only then placed in a business slot. Of the steps still owed, the case takes the
   * latest one its age deserves today (a case that starts or resumes late does not fire every step
   * it missed), at that step's own time or as soon as possible after it; when none is deserved yet,
   * the first step ahead. A pre-due step is never taken for an invoice due by the day its touch
   * would go out: the first step from the due date on is taken instead.
   */
  public Optional<PlannedStep> next(int lastDoneStep, LocalDate dueDate, ZoneId zone, Instant now) {
    List<CadenceStep> owed = steps.stream().filter(step -> step.number() > lastDoneStep).toList();
    long age = ageOn(dueDate, now, zone);
    Optional<CadenceStep> chosen =
        owed.stream()
            .filter(step -> step.offsetDays() <= age)
            .reduce((earlier, later) -> later)
            .or(() -> owed.stream().findFirst());
    if (chosen.isPresent() && chosen.get().offsetDays() < 0) {
      Instant preDueTouch = placed(chosen.get(), dueDate, zone, now);
      if (ageOn(dueDate, preDueTouch, zone) >= 0) {
        chosen = owed.stream().filter(step -> step.offsetDays() >= 0).findFirst();
      }
    }
    return chosen.map(step -> new PlannedStep(step, placed(step, dueDate, zone, now)));
  }

  /** Days from the due date to the customer's date at {@code at}: negative before it is due. */
  private static long ageOn(LocalDate dueDate, Instant at, ZoneId zone) {
    return ChronoUnit.DAYS.between(dueDate, LocalDate.ofInstant(at, zone));
  }

  /** The business slot at the step's own instant, or at {@code now} if that has passed. */
  private Instant placed(CadenceStep step, LocalDate dueDate, ZoneId zone, Instant now) {
    Instant own = ownInstant(step, dueDate, zone);
    return slot(own.isAfter(now) ? own : now, zone);
  }

  /**
   * The rule before {@link #next}, kept for cases that started under it: each step's
   * calendar-shifted instant is compared with now, so a step the calendar moves past now lets an
   * earlier one (even a pre-due one) go out first.
   */
  public Optional<PlannedStep> nextByShiftedInstants(
      int lastDoneStep, LocalDate dueDate, ZoneId zone, Instant now) {
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

  /**
   * Every touch the case will send from where it stands if nothing happens, as the process plans
   * them: each one {@link #next} from the moment the one before goes out, and with a calendar on a
   * day the customer is not touched on yet (the day claim of the process), {@code taken} being the
   * days already claimed. What a person reviews on the case page and in the cadence editor.
   */
  public List<PlannedStep> plan(
      int lastDoneStep, LocalDate dueDate, ZoneId zone, Instant now, Set<LocalDate> taken) {
    List<PlannedStep> plan = new ArrayList<>();
    Set<LocalDate> claimed = new HashSet<>(taken);
    int done = lastDoneStep;
    Instant at = now;
    Optional<PlannedStep> next;
    while ((next = next(done, dueDate, zone, at)).isPresent()) {
      PlannedStep planned = next.get();
      Instant slot =
          calendar == null ? planned.at() : calendar.nextSlot(planned.at(), zone, claimed);
      claimed.add(LocalDate.ofInstant(slot, zone));
      plan.add(new PlannedStep(planned.step(), slot));
      done = planned.step().number();
      at = slot;
    }
    return plan;
  }
}
