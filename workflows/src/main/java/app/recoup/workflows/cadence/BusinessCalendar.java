package app.recoup.workflows.cadence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a customer may be touched: business hours on working days that are not holidays, on the
 * customer's own calendar. Pure: the same inputs always give the same slot.
 *
 * @param opens first local time a touch may go out
 * @param closes local time from which no touch goes out that day
 * @param workingDays days of the week touches go out
 * @param holidays dates (customer-local) without touches
 */
public record BusinessCalendar(
    LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

  /** Monday to Friday, 09:00 to 17:00, no holidays. */
  public static final BusinessCalendar WEEKDAYS =
      new BusinessCalendar(
          LocalTime.of(9, 0),
          LocalTime.of(17, 0),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          Set.of());

  /** A year ahead is more than any cadence needs; beyond it a calendar is considered broken. */
  private static final int MAX_DAYS_SEARCHED = 366;

  public BusinessCalendar {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("business hours must open before they close");
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("at least one working day is needed");
    }
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
  }

  public boolean isBusinessDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * The earliest instant at or after {@code at} inside business hours of a business day in the
   * zone, skipping the dates in {@code taken} (days the customer is already touched). Opening times
   * that fall into a daylight-saving gap move forward by the gap, as the zone rules say.
   */
  public Instant nextSlot(Instant at, ZoneId zone, Set<LocalDate> taken) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    LocalDate date = local.toLocalDate();
    for (int day = 0; day < MAX_DAYS_SEARCHED; day++, date = date.plusDays(1)) {
      if (!isBusinessDay(date) || taken.contains(date)) {
        continue;
      }
      Instant opening = ZonedDateTime.of(date, opens, zone).toInstant();
      Instant closing = ZonedDateTime.of(date, closes, zone).toInstant();
      if (!at.isAfter(opening)) {
        return opening;
      }
      if (at.isBefore(closing)) {
        return at;
      }
    }
    throw new IllegalStateException("no business day within a year after " + at);
  }
}
