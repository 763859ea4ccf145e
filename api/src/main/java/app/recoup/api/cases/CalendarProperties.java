package app.recoup.api.cases;

import app.recoup.workflows.cadence.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When touches may go out, on each customer's own calendar: {@code recoup.process.calendar.opens}
 * and {@code closes} (HH:mm), {@code working-days} and {@code holidays} (ISO dates, comma
 * separated). Default: weekdays 09:00 to 17:00, no holidays. Times and dates are read as ISO text
 * so no locale decides what they mean.
 */
@ConfigurationProperties("recoup.process.calendar")
record CalendarProperties(
    String opens, String closes, Set<DayOfWeek> workingDays, List<String> holidays) {

  BusinessCalendar calendar() {
    BusinessCalendar defaults = BusinessCalendar.WEEKDAYS;
    return new BusinessCalendar(
        blank(opens) ? defaults.opens() : LocalTime.parse(opens),
        blank(closes) ? defaults.closes() : LocalTime.parse(closes),
        workingDays == null || workingDays.isEmpty()
            ? EnumSet.copyOf(defaults.workingDays())
            : workingDays,
        holidays == null
            ? Set.of()
            : holidays.stream()
                .filter(day -> !blank(day))
                .map(day -> LocalDate.parse(day.trim()))
                .collect(Collectors.toSet()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
