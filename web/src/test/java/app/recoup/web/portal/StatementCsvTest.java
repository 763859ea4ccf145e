package app.recoup.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.recoup.ledger.payments.portal.StatementLine;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

  @Test
  void anInvoiceNumberAFormulaCouldStartWithIsEscaped() throws Exception {
    StringWriter out = new StringWriter();
    StatementCsv.write(
        List.of(
            new StatementLine(
                1,
                "=HYPERLINK(\"http://evil.example\",\"pay here\")",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                "EUR",
                new BigDecimal("100"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("100"),
                "OPEN")),
        out);

    assertThat(out.toString().split("\r\n")[1])
        .startsWith("\"'=HYPERLINK(")
        .endsWith(",2026-01-01,2026-01-31,EUR,100.00,0.00,0.00,100.00,OPEN");
  }
}
