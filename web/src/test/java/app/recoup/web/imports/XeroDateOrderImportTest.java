package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A Xero export from a US organisation writes month-first dates; the importer says so. */
@ImportApiTest
class XeroDateOrderImportTest {

  @Autowired ImportApi api;
  @Autowired Ledger ledger;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String usExport() {
    return "ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,"
        + "InvoiceAmountDue,Description,Currency,Status\n"
        + "Delta "
        + run
        + ",ap@delta.example,U"
        + run
        + "-1,10/26/2026,11/25/2026,500.00,0.00,500.00,"
        + "Consulting,USD,Awaiting Payment\n";
  }

  @Test
  void monthFirstDatesImportWhenTheImporterSaysSo() {
    ResponseEntity<ImportReport> response =
        api.postCsvWithDates("month-first", usExport(), ImportReport.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().imported()).isEqualTo(1);
    var invoice = ledger.invoice("U" + run + "-1");
    assertThat(invoice.get("issue_date"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 10, 26)));
    assertThat(invoice.get("due_date"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 11, 25)));
  }

  @Test
  void withoutTheChoiceTheRowIsRefusedWithAHint() {
    ImportReport report = api.postCsv(usExport()).getBody();

    assertThat(report.imported()).isZero();
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(
            tuple(
                2L,
                "InvoiceDate",
                "'10/26/2026' is not a valid date (expected dd/mm/yyyy or 25 Nov 2026);"
                    + " if the file writes the month first, import it with dates=month-first"),
            tuple(
                2L,
                "DueDate",
                "'11/25/2026' is not a valid date (expected dd/mm/yyyy or 25 Nov 2026);"
                    + " if the file writes the month first, import it with dates=month-first"));
    assertThat(ledger.invoicesNumbered("U" + run)).isZero();
  }

  @Test
  void anUnknownOrderIsABadRequestNamingTheChoices() {
    ResponseEntity<String> response = api.postCsvWithDates("american", usExport(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody())
        .contains("dates must be day-first or month-first, not 'american'");
    assertThat(ledger.invoicesNumbered("U" + run)).isZero();
  }
}
