package app.recoup.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.recoup.api.imports.ImportPreview;
import app.recoup.api.imports.ImportPreview.ColumnUse;
import app.recoup.api.imports.InvoiceImporter;
import app.recoup.ledger.imports.ImportError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ImportApiTest
class ImportPreviewTest {

  @Autowired InvoiceImporter importer;
  @Autowired Ledger ledger;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aXeroExportPreviewsOneRowPerInvoiceWithItsRefusalsAndWritesNothing() {
    String header =
        "ContactName,EmailAddress,POCity,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,"
            + "InvoiceAmountPaid,InvoiceAmountDue,Description,LineAmount,Currency,Status\n";
    String acme = "Acme " + run + ",ap@acme.example,London,";
    ImportPreview preview =
        preview(
            header
                + acme
                + "P"
                + run
                + "-1,PO 7,25/10/2026,24/11/2026,\"1,440.00\",400.00,\"1,040.00\",Widgets,1000.00,GBP,Awaiting Payment\n"
                + acme
                + "P"
                + run
                + "-1,PO 7,25/10/2026,24/11/2026,\"1,440.00\",400.00,\"1,040.00\",\"Set-up,\nincluding travel\",200.00,GBP,Awaiting Payment\n"
                + acme
                + "P"
                + run
                + "-2,,1 Nov 2026,1 Dec 2026,90.00,0.00,90.00,Draft work,90.00,GBP,Draft\n"
                + acme
                + "P"
                + run
                + "-3,,31/11/2026,1 Dec 2026,90.00,0.00,90.00,Bad date,90.00,GBP,Awaiting Payment\n");

    assertThat(preview.readable()).isTrue();
    assertThat(preview.format()).isEqualTo("Xero sales invoice export");
    assertThat(preview.totalRows()).isEqualTo(3);
    assertThat(preview.refusedRows()).isEqualTo(2);
    assertThat(preview.columns())
        .contains(
            new ColumnUse("customer", "ContactName"),
            new ColumnUse("amount due", "InvoiceAmountDue"),
            new ColumnUse("po number", "Reference"));
    assertThat(preview.ignoredColumns()).containsExactly("POCity", "Description", "LineAmount");
    var first = preview.rows().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.terms().currency()).isEqualTo("GBP");
    assertThat(first.terms().total()).isEqualByComparingTo("1440.00");
    assertThat(first.terms().amountPaid()).isEqualByComparingTo("400.00");
    assertThat(first.terms().issueDate()).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(preview.rows()).hasSize(3);
    assertThat(preview.firstErrors())
        .extracting(ImportError::row, ImportError::field, ImportError::value)
        .containsExactly(tuple(5L, "Status", "Draft"), tuple(6L, "InvoiceDate", "31/11/2026"));
    assertThat(ledger.invoicesNumbered("P" + run)).isZero();
    assertThat(ledger.customersNamed("Acme " + run)).isZero();
  }

  @Test
  void aFileWithoutARecognisedHeaderSaysWhy() {
    ImportPreview preview = preview("number,client,amount\n1,Acme,10\n");

    assertThat(preview.readable()).isFalse();
    assertThat(preview.failure()).startsWith("No recognisable header row");
  }

  private ImportPreview preview(String csv) {
    return importer.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
  }
}
