package app.recoup.workflows.correspondence;

import app.recoup.workflows.cadence.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How long a due touch waits for its siblings before the combined message is drafted. */
public final class SiblingWindow {

  private SiblingWindow() {}

  /**
   * With a window, {@code handedAt} plus the window. Without one, the rest of the customer's
   * business day: its closing time on the calendar, or the end of the local day without a calendar
   * (or when the touch was handed after closing).
   */
  public static Instant closesAt(
      Instant handedAt, ZoneId zone, Duration window, BusinessCalendar calendar) {
    if (window != null) {
      return handedAt.plus(window);
    }
    LocalDate day = LocalDate.ofInstant(handedAt, zone);
    if (calendar != null) {
      Instant closing = ZonedDateTime.of(day, calendar.closes(), zone).toInstant();
      if (handedAt.isBefore(closing)) {
        return closing;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
