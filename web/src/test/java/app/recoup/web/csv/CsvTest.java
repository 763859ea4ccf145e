package app.recoup.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void everyTextCellAndHeaderThatAFormulaCouldStartWithIsEscapedAndNumbersAreLeftAlone()
      throws Exception {
    StringWriter out = new StringWriter();
    try (Csv csv = Csv.sheet(out, "invoice_number", "=cmd|' /C calc'!A0")) {
      csv.row(
          "=HYPERLINK(\"http://evil.example\")",
          "+1",
          "-2",
          "@SUM(A1)",
          "\tx",
          "\rx",
          "plain",
          new BigDecimal("-5.00"),
          LocalDate.of(2026, 3, 1),
          null);
    }

    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            "invoice_number,'=cmd|' /C calc'!A0",
            "\"'=HYPERLINK(\"\"http://evil.example\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",plain,-5.00,2026-03-01,");
  }
}
