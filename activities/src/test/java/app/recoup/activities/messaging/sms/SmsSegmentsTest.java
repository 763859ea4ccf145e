package app.recoup.activities.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

  @Test
  void plainTextFitsOnePartUpTo160Characters() {
    assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(1, 160, true));
    assertThat(SmsSegments.of("a".repeat(161)).count()).isEqualTo(2);
    assertThat(SmsSegments.of("a".repeat(306)).count()).isEqualTo(2);
    assertThat(SmsSegments.of("a".repeat(307)).count()).isEqualTo(3);
  }

  @Test
  void theEuroSignTakesTwoSeptetsButStaysInTheGsmAlphabet() {
    SmsSegments euro = SmsSegments.of("€".repeat(80));
    assertThat(euro).isEqualTo(new SmsSegments(1, 160, true));
    assertThat(SmsSegments.of("€".repeat(81)).count()).isEqualTo(2);
  }

  @Test
  void oneCharacterOutsideTheAlphabetMakesTheWholeTextUcs2() {
    String text = "Hi Zoë, " + "a".repeat(61) + " ✓";
    SmsSegments segments = SmsSegments.of(text);
    assertThat(segments.gsm()).isFalse();
    assertThat(segments.count()).isEqualTo(2);
    assertThat(segments.limit()).isEqualTo(201);
  }

  @Test
  void moreThanThreePartsIsTooLong() {
    assertThat(SmsSegments.of("a".repeat(459)).tooLong()).isFalse();
    assertThat(SmsSegments.of("a".repeat(460)).tooLong()).isTrue();
  }
}
