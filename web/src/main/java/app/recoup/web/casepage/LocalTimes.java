package app.recoup.web.casepage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as the case page shows them: on the customer's clock, which the page names once. */
public record LocalTimes(ZoneId zone) {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant.atZone(zone));
  }

  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
