package app.recoup.activities.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class SendingWindowTest {

  final SendingWindow window = new SendingWindow(LocalTime.of(9, 0), LocalTime.of(20, 0));
  final ZoneId berlin = ZoneId.of("Europe/Berlin");

  @Test
  void insideTheWindowInTheCustomersZoneIsNow() {
    Instant noonInBerlin = Instant.parse("2026-03-10T11:00:00Z");
    assertThat(window.nextAllowed(noonInBerlin, berlin)).isEqualTo(noonInBerlin);
  }

  @Test
  void earlyMorningWaitsForNineTheSameDay() {
    Instant sixInBerlin = Instant.parse("2026-03-10T05:00:00Z");
    assertThat(window.nextAllowed(sixInBerlin, berlin))
        .isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
  }

  @Test
  void eveningWaitsForNineTheNextDayAcrossTheClockChange() {
    // 21:00 on Saturday 28 March in Berlin; clocks go forward that night (CET -> CEST).
    Instant evening = Instant.parse("2026-03-28T20:00:00Z");
    assertThat(window.nextAllowed(evening, berlin))
        .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test
  void theEndOfTheWindowIsExclusive() {
    Instant eightPm = Instant.parse("2026-03-10T19:00:00Z");
    assertThat(window.nextAllowed(eightPm, berlin))
        .isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
  }

  @Test
  void anEmptyWindowIsRefused() {
    assertThatThrownBy(() -> new SendingWindow(LocalTime.of(20, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
