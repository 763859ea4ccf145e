package app.recoup.workflows.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class CadenceTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final Cadence cadence = Cadence.DEFAULT;

  @Test
  void defaultCadenceRunsFromFiveDaysBeforeDueToThirtyAfter() {
    assertThat(cadence.steps())
        .extracting(CadenceStep::offsetDays)
        .containsExactly(-5, 0, 3, 7, 14, 21, 30);
    assertThat(cadence.steps())
        .extracting(CadenceStep::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(cadence.preDueWindowDays()).isEqualTo(5);
    assertThat(cadence.lastStepNumber()).isEqualTo(7);
  }

  @Test
  void aPositionInDaysFromDueReadsAsTheLastStepAtOrBeforeItInAnyCadence() {
    Cadence changed = Cadence.ofOffsets(LocalTime.of(9, 0), -10, 0, 10, 20);

    assertThat(cadence.offsetOf(3)).isEqualTo(3);
    assertThat(changed.lastStepUpTo(cadence.offsetOf(3))).isEqualTo(2); // +3 done: 0 is, +10 is not
    assertThat(changed.lastStepUpTo(cadence.offsetOf(0))).isZero();
    assertThat(changed.lastStepUpTo(-11)).isZero();
    assertThat(cadence.offsetOf(8)).isEqualTo(Integer.MAX_VALUE);
    assertThat(changed.lastStepUpTo(cadence.offsetOf(8))).isEqualTo(4);
  }

  @Test
  void touchIsAtNineInTheMorningOnTheCustomersCalendar() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    Instant dueDayTouch = cadence.touchAt(cadence.steps().get(1), due, NEW_YORK);
    assertThat(dueDayTouch).isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
    assertThat(cadence.touchAt(cadence.steps().get(0), due, ZoneId.of("Asia/Tokyo")))
        .isEqualTo(Instant.parse("2026-06-05T00:00:00Z"));
  }

  @Test
  void daylightSavingChangeKeepsTheLocalHourAndMovesTheInstant() {
    // Berlin moves to summer time on 29 March 2026: +3 falls before it, +7 after it.
    LocalDate due = LocalDate.of(2026, 3, 26);
    Instant beforeChange = cadence.touchAt(cadence.steps().get(2), due, BERLIN);
    Instant afterChange = cadence.touchAt(cadence.steps().get(3), due, BERLIN);
    assertThat(beforeChange).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    assertThat(afterChange).isEqualTo(Instant.parse("2026-04-02T07:00:00Z"));
    assertThat(ZonedDateTime.ofInstant(beforeChange, BERLIN).toLocalTime())
        .isEqualTo(LocalTime.of(9, 0));
    assertThat(ZonedDateTime.ofInstant(afterChange, BERLIN).toLocalTime())
        .isEqualTo(LocalTime.of(9, 0));
    Instant winter = cadence.touchAt(cadence.steps().get(1), due, BERLIN);
    assertThat(winter).isEqualTo(Instant.parse("2026-03-26T08:00:00Z"));
  }

  @Test
  void aCaseStartedInTimeWaitsForItsFirstStep() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    PlannedStep next = cadence.next(0, due, ZoneId.of("UTC"), now).orElseThrow();
    assertThat(next.step().number()).isEqualTo(1);
    assertThat(next.at()).isEqualTo(Instant.parse("2026-06-05T09:00:00Z"));
  }

  @Test
  void aLateCaseTakesOnlyTheLatestMissedStepAndTakesItNow() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    Instant now = Instant.parse("2026-06-20T12:00:00Z"); // ten days overdue: -5, 0, +3, +7 missed
    PlannedStep next = cadence.next(0, due, ZoneId.of("UTC"), now).orElseThrow();
    assertThat(next.step().number()).isEqualTo(4);
    assertThat(next.at()).isEqualTo(now);
  }

  @Test
  void afterTheCatchUpStepTheNextOneIsAtItsOwnInstant() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    Instant now = Instant.parse("2026-06-20T12:00:01Z");
    PlannedStep next = cadence.next(4, due, ZoneId.of("UTC"), now).orElseThrow();
    assertThat(next.step().number()).isEqualTo(5);
    assertThat(next.at()).isEqualTo(Instant.parse("2026-06-24T09:00:00Z"));
  }

  @Test
  void whetherAStepIsMissedDependsOnTheCustomersZone() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    Instant now = Instant.parse("2026-06-10T10:00:00Z");
    // 12:00 in Berlin: today's 09:00 touch has passed; 06:00 in New York: it is still ahead.
    assertThat(cadence.next(1, due, BERLIN, now).orElseThrow().at()).isEqualTo(now);
    assertThat(cadence.next(1, due, NEW_YORK, now).orElseThrow().at())
        .isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
  }

  @Test
  void nothingIsLeftAfterTheLastStep() {
    LocalDate due = LocalDate.of(2026, 6, 10);
    assertThat(cadence.next(7, due, BERLIN, Instant.parse("2026-06-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void aCaseWhoseEveryStepIsPastTakesTheFinalOneNow() {
    LocalDate due = LocalDate.of(2026, 1, 10);
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    PlannedStep next = cadence.next(2, due, BERLIN, now).orElseThrow();
    assertThat(next.step().number()).isEqualTo(7);
    assertThat(next.at()).isEqualTo(now);
  }

  @Test
  void withABusinessCalendarAWeekendTouchMovesToMondayMorning() {
    Cadence businessDays = cadence.withCalendar(BusinessCalendar.WEEKDAYS);
    LocalDate due = LocalDate.of(2026, 3, 20); // a Friday: -5 is Sunday 15 March
    assertThat(businessDays.touchAt(businessDays.steps().get(0), due, BERLIN))
        .isEqualTo(Instant.parse("2026-03-16T08:00:00Z"));
    assertThat(businessDays.touchAt(businessDays.steps().get(1), due, BERLIN))
        .isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
  }

  @Test
  void aLateImportOnASaturdayCatchesUpOnMondayMorningWithOneTouch() {
    Cadence businessDays = cadence.withCalendar(BusinessCalendar.WEEKDAYS);
    LocalDate due = LocalDate.of(2026, 2, 27);
    Instant saturday = Instant.parse("2026-03-07T12:00:00Z"); // due +8: step 4 (+7) deserved
    PlannedStep next = businessDays.next(0, due, BERLIN, saturday).orElseThrow();
    assertThat(next.step().number()).isEqualTo(4);
    assertThat(next.at()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
  }

  @Test
  void aDueDateStepTheCalendarMovesPastNowIsStillTheOneTheAgeDeservesNotThePreDueOne() {
    Cadence businessDays = cadence.withCalendar(BusinessCalendar.WEEKDAYS);
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    Instant mondayNight = Instant.parse("2026-12-07T02:48:00Z"); // the due-date step moved to 09:00
    PlannedStep next = businessDays.next(0, sunday, ZoneId.of("UTC"), mondayNight).orElseThrow();
    assertThat(next.step().offsetDays()).as("offset of the step drafted first").isZero();
    assertThat(next.at()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
  }

  @Test
  void onTheDueDateBeforeTheTouchTimeTheDueDateStepWaitsForItsHour() {
    LocalDate due = LocalDate.of(2026, 12, 8);
    PlannedStep next =
        cadence.next(0, due, BERLIN, Instant.parse("2026-12-08T01:00:00Z")).orElseThrow();
    assertThat(next.step().offsetDays()).isZero();
    assertThat(next.at()).isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));
  }

  @Test
  void aPreDueStepTheCalendarPushesPastTheDueDateGivesWayToTheFirstStepFromTheDueDate() {
    Cadence businessDays =
        Cadence.ofOffsets(LocalTime.of(9, 0), -1, 3).withCalendar(BusinessCalendar.WEEKDAYS);
    LocalDate saturday =
        LocalDate.of(2026, 12, 12); // -1 is Friday; late Friday night it would go out on Monday
    Instant fridayNight = Instant.parse("2026-12-11T23:59:00Z");
    PlannedStep next = businessDays.next(0, saturday, ZoneId.of("UTC"), fridayNight).orElseThrow();
    assertThat(next.step().offsetDays()).isEqualTo(3);
    assertThat(next.at()).isEqualTo(Instant.parse("2026-12-15T09:00:00Z"));
  }

  @Test
  void thePlanKeepsEveryStepOfARunningCaseEachOnADayOfItsOwn() {
    Cadence businessDays =
        Cadence.ofOffsets(LocalTime.of(9, 0), 5, 7).withCalendar(BusinessCalendar.WEEKDAYS);
    LocalDate due =
        LocalDate.of(2026, 12, 7); // +5 is Saturday (moves to Monday), +7 is that Monday
    assertThat(
            businessDays.plan(
                0, due, ZoneId.of("UTC"), Instant.parse("2026-12-07T10:00:00Z"), Set.of()))
        .extracting(planned -> planned.step().offsetDays() + "@" + planned.at())
        .containsExactly("5@2026-12-14T09:00:00Z", "7@2026-12-15T09:00:00Z");
  }
}
