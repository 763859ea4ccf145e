package app.recoup.web.casepage;

import java.time.Instant;
import java.time.ZonedDateTime;

/** A touch the cadence would send, and when, on the customer's clock. */
public record UpcomingTouch(int step, int offsetDays, ZonedDateTime at) {

  public Instant instant() {
    return at.toInstant();
  }
}
