package app.recoup.activities.messaging.sms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The daily window in which SMS may be sent, evaluated in the customer's zone. */
record SendingWindow(LocalTime start, LocalTime end) {

  SendingWindow {
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "the SMS window must start before it ends: " + start + "-" + end);
    }
  }

  /** {@code now} when it is inside the window, else the next opening of the window. */
  Instant nextAllowed(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!time.isBefore(start) && time.isBefore(end)) {
      return now;
    }
    LocalDate day = time.isBefore(start) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    return day.atTime(start).atZone(zone).toInstant();
  }
}
