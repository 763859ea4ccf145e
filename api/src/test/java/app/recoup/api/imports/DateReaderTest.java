package app.recoup.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("calendar")
class DateReaderTest {

  @Test
  void isoIsStrict() {
    assertThat(DateReader.iso().read("2026-11-25")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThatThrownBy(() -> DateReader.iso().read("2026-02-30"))
        .hasMessage("'2026-02-30' is not a valid date (expected yyyy-mm-dd)");
    assertThatThrownBy(() -> DateReader.iso().read("25/11/2026"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void xeroWritesDayFirstOrMonthNames() {
    DateReader xero = DateReader.dayFirst();
    assertThat(xero.read("25/11/2026")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(xero.read("5/1/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(xero.read("25 Nov 2026")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(xero.read("25 November 2026")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThatThrownBy(() -> xero.read("30/02/2026")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void quickBooksWritesMonthFirst() {
    DateReader quickBooks = DateReader.monthFirst();
    assertThat(quickBooks.read("11/25/2026")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(quickBooks.read("1/5/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThatThrownBy(() -> quickBooks.read("25/11/2026"))
        .hasMessageContaining("expected mm/dd/yyyy");
  }

  @Test
  void aDayFirstMisreadSuggestsMonthFirstOnlyWhenTheSecondNumberCannotBeAMonth() {
    assertThatThrownBy(() -> DateReader.dayFirst().read("11/25/2026"))
        .hasMessageEndingWith("import it with dates=month-first");
    assertThatThrownBy(() -> DateReader.dayFirst().read("31/11/2026"))
        .hasMessageEndingWith("(expected dd/mm/yyyy or 25 Nov 2026)");
    assertThatThrownBy(() -> DateReader.monthFirst().read("25/11/2026"))
        .hasMessageEndingWith("(expected mm/dd/yyyy)");
  }

  @Test
  void theDatesParameterNamesItsValuesWhenWrong() {
    assertThat(DateOrder.fromParameter("month-first")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(DateOrder.fromParameter(null)).isNull();
    assertThatThrownBy(() -> DateOrder.fromParameter("mdy"))
        .hasMessage("dates must be day-first or month-first, not 'mdy'");
  }
}
