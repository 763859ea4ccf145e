package app.recoup.workflows.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final BusinessCalendar weekdays = BusinessCalendar.WEEKDAYS;

  @Test
  void anInstantInsideBusinessHoursStaysWhereItIs() {
    Instant tuesdayNoon = Instant.parse("2026-03-10T11:00:00Z"); // 12:00 Berlin
    assertThat(weekdays.nextSlot(tuesdayNoon, BERLIN, Set.of())).isEqualTo(tuesdayNoon);
  }

  @Test
  void beforeOpeningWaitsForOpeningAndAfterClosingForTheNextDay() {
    assertThat(weekdays.nextSlot(Instant.parse("2026-03-10T05:00:00Z"), BERLIN, Set.of()))
        .isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    assertThat(
            weekdays.nextSlot(
                Instant.parse("2026-03-10T16:00:00Z"), BERLIN, Set.of())) // 17:00 Berlin
        .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
  }

  @Test
  void aWeekendMovesToMondayAcrossTheDaylightSavingChange() {
    // Friday 27 March 2026, 18:00 Berlin (winter time); Monday 30 March 09:00 is summer time.
    Instant fridayEvening = Instant.parse("2026-03-27T17:00:00Z");
    assertThat(weekdays.nextSlot(fridayEvening, BERLIN, Set.of()))
        .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void theSameInstantIsAnotherDayForACustomerElsewhere() {
    Instant mondayEarlyUtc = Instant.parse("2026-11-02T03:00:00Z"); // Sunday 22:00 in New York
    assertThat(weekdays.nextSlot(mondayEarlyUtc, NEW_YORK, Set.of()))
        .isEqualTo(
            Instant.parse("2026-11-02T14:00:00Z")); // Monday 09:00 EST, the day after DST ended
    assertThat(weekdays.nextSlot(mondayEarlyUtc, BERLIN, Set.of()))
        .isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
  }

  @Test
  void holidaysAndDaysAlreadyTakenAreSkipped() {
    BusinessCalendar withEaster =
        new BusinessCalendar(
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    Instant goodFriday = Instant.parse("2026-04-03T08:00:00Z");
    assertThat(withEaster.nextSlot(goodFriday, BERLIN, Set.of()))
        .isEqualTo(Instant.parse("2026-04-07T07:00:00Z"));
    assertThat(withEaster.nextSlot(goodFriday, BERLIN, Set.of(LocalDate.of(2026, 4, 7))))
        .isEqualTo(Instant.parse("2026-04-08T07:00:00Z"));
  }

  @Test
  void anOpeningInsideTheDaylightSavingGapMovesForwardByTheGap() {
    BusinessCalendar nightShift =
        new BusinessCalendar(
            LocalTime.of(2, 30), LocalTime.of(6, 0), EnumSet.allOf(DayOfWeek.class), Set.of());
    // 29 March 2026 Berlin: 02:00 jumps to 03:00, so 02:30 does not exist that night.
    assertThat(nightShift.nextSlot(Instant.parse("2026-03-28T23:00:00Z"), BERLIN, Set.of()))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
  }

  @Test
  void anImpossibleCalendarIsRefused() {
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    LocalTime.of(17, 0),
                    LocalTime.of(9, 0),
                    EnumSet.of(DayOfWeek.MONDAY),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0),
                    EnumSet.noneOf(DayOfWeek.class),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
