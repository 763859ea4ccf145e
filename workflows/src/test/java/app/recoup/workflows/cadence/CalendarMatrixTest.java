package app.recoup.workflows.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the day and hour a case starts, in whichever zone its customer lives: every start below
 * (read on the customer's clock and in UTC), every customer zone, every due date from 40 days ahead
 * to 120 days past, with and without a holiday on the due date, for the default cadence and a dense
 * one. Each plan keeps to business hours on working days, takes first the step the invoice's age
 * deserves, touches the customer at most once a day, is what the process plans again after each of
 * its touches, and never chooses a pre-due step for a day the invoice is already due.
 */
@Tag("calendar")
class CalendarMatrixTest {

  /**
   * Customer-local starts: weekend, night and edge-of-business-hours, daylight-saving days, year
   * end, leap day.
   */
  static final List<LocalDateTime> STARTS =
      List.of(
          LocalDateTime.parse("2026-12-05T12:00"), // Saturday noon
          LocalDateTime.parse("2026-12-06T23:30"), // Sunday night
          LocalDateTime.parse("2026-12-07T02:00"), // Monday before dawn
          LocalDateTime.parse("2026-12-07T08:59"), // Monday a minute before opening
          LocalDateTime.parse("2026-12-11T16:59"), // Friday a minute before closing
          LocalDateTime.parse("2026-12-11T23:59"), // Friday night
          LocalDateTime.parse(
              "2026-03-29T02:30"), // Europe/Berlin springs forward (in the gap there)
          LocalDateTime.parse("2026-10-25T02:30"), // Europe/Berlin falls back (twice there)
          LocalDateTime.parse("2026-03-08T02:30"), // America/New_York springs forward
          LocalDateTime.parse("2026-11-01T01:30"), // America/New_York falls back
          LocalDateTime.parse("2026-12-31T23:00"), // New Year's Eve
          LocalDateTime.parse("2028-02-29T12:00")); // leap day

  static final List<ZoneId> ZONES =
      Stream.of(
              "UTC",
              "Pacific/Kiritimati",
              "Pacific/Pago_Pago",
              "Asia/Kolkata",
              "Europe/Berlin",
              "America/New_York")
          .map(ZoneId::of)
          .toList();

  static final List<Cadence> CADENCES =
      List.of(Cadence.DEFAULT, Cadence.ofOffsets(LocalTime.of(8, 30), -3, -1, 0, 1, 2, 5, 6, 9));

  static Stream<Arguments> startsAndZones() {
    List<Arguments> all = new ArrayList<>();
    for (ZoneId zone : ZONES) {
      for (LocalDateTime start : STARTS) {
        all.add(Arguments.of(zone, start + " " + zone.getId(), start.atZone(zone).toInstant()));
        all.add(Arguments.of(zone, start + " UTC", start.toInstant(ZoneOffset.UTC)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "start {1}, customer in {0}")
  @MethodSource("startsAndZones")
  void everyPlanKeepsToTheCustomersCalendarAndStartsWithTheStepItsAgeDeserves(
      ZoneId zone, String label, Instant start) {
    LocalDate startDay = LocalDate.ofInstant(start, zone);
    for (int daysAhead = 40; daysAhead >= -120; daysAhead--) {
      LocalDate due = startDay.plusDays(daysAhead);
      for (Set<LocalDate> holidays : List.of(Set.<LocalDate>of(), Set.of(due))) {
        BusinessCalendar calendar =
            new BusinessCalendar(
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                holidays);
        for (Cadence policy : CADENCES) {
          check(
              policy.withCalendar(calendar),
              calendar,
              due,
              zone,
              start,
              "start "
                  + label
                  + ", due "
                  + due
                  + (holidays.isEmpty() ? "" : " (a holiday)")
                  + ", steps "
                  + offsets(policy));
        }
      }
    }
  }

  private static void check(
      Cadence cadence,
      BusinessCalendar calendar,
      LocalDate due,
      ZoneId zone,
      Instant start,
      String when) {
    List<PlannedStep> plan = cadence.plan(0, due, zone, start, Set.of());
    assertThat(plan).as("%s: a plan, since the last step is never past", when).isNotEmpty();

    Set<LocalDate> days = new HashSet<>();
    Instant previous = start;
    int previousStep = 0;
    for (PlannedStep touch : plan) {
      LocalDateTime local = LocalDateTime.ofInstant(touch.at(), zone);
      String which = when + ": step " + touch.step().number() + " at " + local;
      assertThat(calendar.isBusinessDay(local.toLocalDate()))
          .as("%s is on a business day", which)
          .isTrue();
      assertThat(local.toLocalTime())
          .as("%s is in business hours", which)
          .isBetween(calendar.opens(), calendar.closes().minusNanos(1));
      assertThat(days.add(local.toLocalDate()))
          .as("%s is the customer's only touch that day", which)
          .isTrue();
      assertThat(touch.at())
          .as("%s comes after the touch before it", which)
          .isAfterOrEqualTo(previous);
      if (touch.step().offsetDays() < 0) {
        // when only the one-a-day rule moves it onto the due date, drafting words it as due
        // (StepKind.on)
        Instant chosenFor = cadence.next(previousStep, due, zone, previous).orElseThrow().at();
        assertThat(age(due, chosenFor, zone))
            .as("%s, a pre-due step, is chosen for a day before the due date", which)
            .isNegative();
      }
      previous = touch.at();
      previousStep = touch.step().number();
    }

    assertThat(plan.get(0).step())
        .as("%s: the first touch is the step the age deserves", when)
        .isEqualTo(deserved(cadence, due, zone, start, plan.get(0).at()));

    for (int done = 1; done < plan.size(); done++) {
      PlannedStep last = plan.get(done - 1);
      Set<LocalDate> taken = new HashSet<>();
      plan.subList(0, done).forEach(touch -> taken.add(LocalDate.ofInstant(touch.at(), zone)));
      assertThat(cadence.plan(last.step().number(), due, zone, last.at(), taken))
          .as(
              "%s: planned again as step %d goes out, the rest of the plan is the same",
              when, last.step().number())
          .isEqualTo(plan.subList(done, plan.size()));
    }
  }

  /**
   * The oracle, read straight from the policy: the latest step whose day has come on the customer's
   * calendar when the case starts, else the first; a pre-due step gives way to the first step from
   * the due date when its touch would go out once the invoice is due.
   */
  private static CadenceStep deserved(
      Cadence cadence, LocalDate due, ZoneId zone, Instant start, Instant firstTouch) {
    long age = age(due, start, zone);
    CadenceStep deserved = cadence.steps().get(0);
    for (CadenceStep step : cadence.steps()) {
      if (step.offsetDays() <= age) {
        deserved = step;
      }
    }
    if (deserved.offsetDays() < 0 && age(due, firstTouch, zone) >= 0) {
      return cadence.steps().stream()
          .filter(step -> step.offsetDays() >= 0)
          .findFirst()
          .orElseThrow();
    }
    return deserved;
  }

  private static long age(LocalDate due, Instant at, ZoneId zone) {
    return ChronoUnit.DAYS.between(due, LocalDate.ofInstant(at, zone));
  }

  private static List<Integer> offsets(Cadence cadence) {
    return cadence.steps().stream().map(CadenceStep::offsetDays).toList();
  }
}
