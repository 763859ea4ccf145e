package app.recoup.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountReaderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.50|1234.50",
        "$1,234.50|1234.50",
        "1 234,50 €|1234.50",
        "EUR 1.234,50|1234.50",
        "1'234.50 CHF|1234.50",
        "1,234|1234",
        "12,5|12.5",
        "1.234|1.234",
        "1.234.567|1234567",
        "1,234,567.89|1234567.89",
        "-$12.00|-12.00",
        "$-12.00|-12.00",
        "(12.00)|-12.00",
        "0|0",
        ".50|0.50",
        "480000|480000"
      })
  void readsWhatSpreadsheetsWrite(String text, BigDecimal expected) {
    assertThat(AmountReader.read(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12,34,56", "1.2.3,4,5", "12a3", "--", "$", "1.23456"})
  void refusesWhatIsNotAnAmount(String text) {
    assertThatThrownBy(() -> AmountReader.read(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(text);
  }
}
