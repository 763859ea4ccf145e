package app.recoup.activities.connectors.xero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class XeroDatesTest {

  @Test
  void microsoftDatesAreMillisecondsSinceTheEpochWhateverTheOffset() {
    assertThat(XeroDates.date("/Date(1795564800000+0000)/")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(XeroDates.instant("/Date(1795600800000+1300)/"))
        .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(XeroDates.instant("/Date(1795600800000)/"))
        .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
  }

  @Test
  void isoDateStringsAreTakenToo() {
    assertThat(XeroDates.date("2026-11-25T00:00:00")).isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void anythingElseIsRefusedSayingWhatWasExpected() {
    assertThatThrownBy(() -> XeroDates.date("25/11/2026"))
        .hasMessage("'25/11/2026' is not a Xero date (expected /Date(milliseconds+0000)/)");
  }
}
