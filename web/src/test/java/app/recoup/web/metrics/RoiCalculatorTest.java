package app.recoup.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoiCalculatorTest {

  @Test
  void numbersWithExponentsOrBeyondAnyBusinessAreRefusedNamingTheirField() {
    assertThat(new RoiCalculator("1e99999999", "1").errors()).containsOnlyKeys("revenue");
    assertThat(new RoiCalculator("1e-99999999", "1").errors()).containsOnlyKeys("revenue");
    assertThat(new RoiCalculator("99999999999999999999", "1").errors()).containsOnlyKeys("revenue");
    assertThat(new RoiCalculator("2500000", "1E2").errors()).containsOnlyKeys("reduction");
    assertThat(new RoiCalculator("2500000", "0.0000000000000000001").errors())
        .containsOnlyKeys("reduction");
  }

  @Test
  void plainFiguresAreWorkedOut() {
    RoiCalculator roi = new RoiCalculator("3,650,000", "12.5");
    assertThat(roi.errors()).isEmpty();
    assertThat(roi.workingCapitalFreed()).isEqualByComparingTo("125000.00");
  }
}
