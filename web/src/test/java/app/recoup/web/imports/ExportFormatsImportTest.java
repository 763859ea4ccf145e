package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportReport;
import app.recoup.api.imports.ImportReport.RowError;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ImportApiTest
class ExportFormatsImportTest {

  @Autowired ImportApi api;
  @Autowired Ledger ledger;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void xeroSalesInvoiceExportBecomesOneInvoicePerNumber() {
    String header =
        "ContactName,EmailAddress,POAddressLine1,POCity,POCountry,InvoiceNumber,Reference,InvoiceDate,DueDate,"
            + "PlannedDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,Description,"
            + "Quantity,UnitAmount,Discount,LineAmount,AccountCode,TaxType,TaxAmount,TrackingName1,"
            + "TrackingOption1,Currency,Type,Sent,Status\n";
    String acme = "Acme " + run + ",ap@acme.example,\"1 High St, Floor 2\",London,GB,";
    ImportReport report =
        api.postCsv(
                header
                    + acme
                    + "X"
                    + run
                    + "-1,PO 7,25/10/2026,24/11/2026,,\"1,440.00\",240.00,400.00,\"1,040.00\",W1,Widgets,2,500.00,,1000.00,200,20% (VAT on Income),200.00,,,GBP,Sales invoice,Sent,Awaiting Payment\n"
                    + acme
                    + "X"
                    + run
                    + "-1,PO 7,25/10/2026,24/11/2026,,\"1,440.00\",240.00,400.00,\"1,040.00\",,\"Set-up,\nincluding travel\",1,200.00,,200.00,200,20% (VAT on Income),40.00,,,GBP,Sales invoice,Sent,Awaiting Payment\n"
                    + acme
                    + "X"
                    + run
                    + "-2,,1 Nov 2026,1 Dec 2026,,600.00,100.00,600.00,0.00,,Support,1,500.00,,500.00,200,20% (VAT on Income),100.00,,,GBP,Sales invoice,Sent,Paid\n"
                    + acme
                    + "X"
                    + run
                    + "-3,,1 Nov 2026,1 Dec 2026,,90.00,0.00,0.00,90.00,,Draft work,1,90.00,,90.00,200,No VAT,0.00,,,GBP,Sales invoice,,Draft\n"
                    + acme
                    + "X"
                    + run
                    + "-4,,31/11/2026,1 Dec 2026,,90.00,0.00,0.00,90.00,,Bad date,1,90.00,,90.00,200,No VAT,0.00,,,GBP,Sales invoice,Sent,Awaiting Payment\n")
            .getBody();

    assertThat(report.format()).isEqualTo("XERO");
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(
            tuple(6L, "Status", "Draft invoices are not collected"),
            tuple(
                7L,
                "InvoiceDate",
                "'31/11/2026' is not a valid date (expected dd/mm/yyyy or 25 Nov 2026)"));
    assertThat(ledger.invoicesNumbered("X" + run)).isEqualTo(2);
    var first = ledger.invoice("X" + run + "-1");
    assertThat(first.get("total")).isEqualTo(new java.math.BigDecimal("1440.0000"));
    assertThat(ledger.balance("X" + run + "-1")).isEqualByComparingTo("1040.00");
    assertThat(first.get("issue_date"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 10, 25)));
    assertThat(first.get("due_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 11, 24)));
    assertThat(first.get("po_reference")).isEqualTo("PO 7");
    assertThat(ledger.invoice("X" + run + "-2").get("status")).isEqualTo("PAID");
    assertThat(ledger.billingContact("Acme " + run)).containsEntry("email", "ap@acme.example");
  }

  @Test
  void quickBooksOnlineInvoiceReport() {
    String report =
        "Invoice List\n"
            + "Craig's Design and Landscaping Services\n"
            + "\"January 1 - November 25, 2026\"\n"
            + "\n"
            + "Date,Transaction Type,Num,Customer,Memo/Description,Due Date,Amount,Open Balance\n"
            + "10/15/2026,Invoice,Q"
            + run
            + "-1,Bravo "
            + run
            + ",Garden,11/14/2026,\"$2,500.00\",\"$1,000.00\"\n"
            + "10/20/2026,Invoice,Q"
            + run
            + "-2,Bravo "
            + run
            + ",,11/19/2026,$300.00,$0.00\n"
            + "10/21/2026,Payment,,Bravo "
            + run
            + ",,,\"$1,500.00\",\n"
            + "13/01/2026,Invoice,Q"
            + run
            + "-3,Bravo "
            + run
            + ",,11/19/2026,$300.00,$300.00\n"
            + "Total,,,,,,\"$4,600.00\",\"$1,300.00\"\n"
            + "\n"
            + "\"Wednesday, November 25, 2026 09:41 AM GMT-08:00\"\n";
    ImportReport imported = api.postCsv(report).getBody();

    assertThat(imported.format()).isEqualTo("QUICKBOOKS_ONLINE");
    assertThat(imported.imported()).isEqualTo(2);
    assertThat(imported.errors())
        .extracting(RowError::row, RowError::field, RowError::message)
        .containsExactly(
            tuple(
                8L,
                "Transaction Type",
                "'Payment' is not an invoice or a credit memo; only those are imported"),
            tuple(9L, "Date", "'13/01/2026' is not a valid date (expected mm/dd/yyyy)"));
    var first = ledger.invoice("Q" + run + "-1");
    assertThat(first.get("currency")).isEqualTo("USD");
    assertThat(first.get("due_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 11, 14)));
    assertThat(ledger.balance("Q" + run + "-1")).isEqualByComparingTo("1000.00");
    assertThat(ledger.invoice("Q" + run + "-2").get("status")).isEqualTo("PAID");
  }
}
