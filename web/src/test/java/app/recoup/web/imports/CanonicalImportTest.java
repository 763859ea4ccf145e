package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ImportApiTest
class CanonicalImportTest {

  private static final String HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone";

  @Autowired ImportApi api;
  @Autowired Ledger ledger;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void importsValidRowsIntoTheBooks() {
    ResponseEntity<ImportReport> response =
        api.postCsv(
            HEADER
                + "\n"
                + run
                + "-1,Acme "
                + run
                + ",ap@acme.example,+44 20 7946 0000,GBP,1200.00,200.00,2026-10-01,2026-10-31,PO-1,Europe/London\n"
                + run
                + "-2,Acme "
                + run
                + ",,,GBP,300,,2026-11-01,2026-12-01,,\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ImportReport report = response.getBody();
    assertThat(report.format()).isEqualTo("CANONICAL");
    assertThat(report.status()).isEqualTo("COMPLETED");
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.rejected()).isZero();
    assertThat(report.errors()).isEmpty();
    assertThat(response.getHeaders().getLocation()).hasToString("/api/imports/" + report.id());

    var first = ledger.invoice(run + "-1");
    assertThat(ledger.balance(run + "-1")).isEqualByComparingTo("1000.00");
    assertThat(first.get("status")).isEqualTo("OPEN");
    assertThat(first.get("po_reference")).isEqualTo("PO-1");
    assertThat(first.get("currency")).isEqualTo("GBP");
    assertThat(ledger.balance(run + "-2")).isEqualByComparingTo("300");
    assertThat(ledger.customersNamed("Acme " + run)).isEqualTo(1);
    assertThat(ledger.timeZone("Acme " + run)).isEqualTo("Europe/London");
    assertThat(ledger.billingContact("Acme " + run))
        .containsEntry("email", "ap@acme.example")
        .containsEntry("phone", "+44 20 7946 0000");
  }

  @Test
  void keepsValidRowsAndReportsEachRefusalWithItsLineAndField() {
    ImportReport report =
        api.postCsv(
                HEADER
                    + "\n"
                    + run
                    + "-ok,Beta "
                    + run
                    + ",,,EUR,100,0,2026-01-01,2026-01-31,,\n"
                    + run
                    + "-neg,Beta "
                    + run
                    + ",,,EUR,-100,0,2026-01-01,2026-01-31,,\n"
                    + run
                    + "-due,Beta "
                    + run
                    + ",,,EUR,100,0,2026-02-01,2026-01-31,,\n"
                    + run
                    + "-cur,Beta "
                    + run
                    + ",,,XYZ,100,0,2026-01-01,2026-01-31,,\n"
                    + run
                    + "-date,Beta "
                    + run
                    + ",,,EUR,100,0,2026-02-30,2026-03-31,,\n"
                    + ",Beta "
                    + run
                    + ",,,EUR,100,0,2026-01-01,2026-01-31,,\n"
                    + run
                    + "-paid,Beta "
                    + run
                    + ",,,EUR,100,150,2026-01-01,2026-01-31,,\n"
                    + run
                    + "-zone,Beta "
                    + run
                    + ",,,EUR,100,0,2026-01-01,2026-01-31,,Mars/Base\n"
                    + run
                    + "-cust,,,,EUR,100,0,2026-01-01,2026-01-31,,\n")
            .getBody();

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(8);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(
            tuple(3L, "total", "total is negative (-100)"),
            tuple(4L, "due_date", "due date 2026-01-31 is before issue date 2026-02-01"),
            tuple(5L, "currency", "unknown currency 'XYZ' (expected an ISO 4217 code such as EUR)"),
            tuple(6L, "issue_date", "'2026-02-30' is not a valid date (expected yyyy-mm-dd)"),
            tuple(7L, "invoice_number", "invoice_number is missing"),
            tuple(8L, "amount_paid", "amount paid 150 is more than the total 100"),
            tuple(9L, "time_zone", "unknown time zone 'Mars/Base' (expected e.g. Europe/Berlin)"),
            tuple(10L, "customer", "customer is missing"));
    assertThat(ledger.invoicesNumbered(run)).isEqualTo(1);
    assertThat(ledger.balance(run + "-ok")).isEqualByComparingTo("100");
  }

  @Test
  void readsWhatRealFilesContain() {
    String file =
        "\uFEFF"
            + HEADER
            + "\r\n"
            + run
            + "-q,\"Gamma, "
            + run
            + "\",,,USD,\"$1,234.50\",,2026-01-01,2026-01-31,\"PO 7,\r\nsecond line\",\r\n"
            + run
            + "-eu,\"Gamma, "
            + run
            + "\",,,EUR,\"1 234,50 €\",\"34,50\",2026-01-01,2026-01-31,,\r\n"
            + run
            + "-bad,\"Gamma, "
            + run
            + "\",,,EUR,lots,,2026-01-01,2026-01-31,,\r\n"
            + "\r\n\r\n";
    ImportReport report = api.postCsv(file.getBytes(StandardCharsets.UTF_8)).getBody();

    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(tuple(5L, "total", "'lots' is not an amount"));
    assertThat(ledger.balance(run + "-q")).isEqualByComparingTo("1234.50");
    assertThat(ledger.invoice(run + "-q").get("po_reference")).isEqualTo("PO 7,\r\nsecond line");
    assertThat(ledger.balance(run + "-eu")).isEqualByComparingTo("1200.00");
    assertThat(ledger.customersNamed("Gamma, " + run)).isEqualTo(1);
  }

  @Test
  void amountDueStandsInForTotalMinusPaid() {
    api.postCsv(
        "invoice_number,customer,currency,total,amount_due,issue_date,due_date\n"
            + run
            + "-d,Delta "
            + run
            + ",EUR,500,125.00,2026-01-01,2026-01-31\n");

    assertThat(ledger.invoice(run + "-d").get("amount_paid"))
        .isEqualTo(new java.math.BigDecimal("375.0000"));
    assertThat(ledger.balance(run + "-d")).isEqualByComparingTo("125");
  }
}
