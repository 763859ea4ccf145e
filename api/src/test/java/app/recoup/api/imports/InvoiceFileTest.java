package app.recoup.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceFileTest {

  private static final String CANONICAL_HEADER =
      "invoice_number,customer,email,phone,currency,total,amount_paid,issue_date,due_date,po_number,time_zone";

  @Test
  void recognisesTheCanonicalHeaderBehindAByteOrderMark() {
    try (InvoiceFile file =
        InvoiceFile.open(new StringReader("\uFEFF" + CANONICAL_HEADER + "\n"))) {
      assertThat(file.layout().format()).isEqualTo(SourceFormat.CANONICAL);
      assertThat(file.layout().label(Column.INVOICE_NUMBER)).isEqualTo("invoice_number");
    }
  }

  @Test
  void numbersRowsByTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
    String text =
        CANONICAL_HEADER
            + "\r\n"
            + "A-1,\"Acme, Inc.\",,,EUR,10,0,2026-01-01,2026-01-31,\"two\r\nlines\",\r\n"
            + "\r\n"
            + "A-2,Beta,,,EUR,10,0,2026-01-01,2026-01-31,\"three\nmore\nlines\",\r\n"
            + "A-3,Gamma,,,EUR,10,0,2026-01-01,2026-01-31,,\r\n"
            + ",,,,,,,,,,\r\n"
            + "\r\n";
    List<SourceRow> rows = rows(text);
    assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L, 8L);
    assertThat(rows.get(0).get(Column.CUSTOMER)).isEqualTo("Acme, Inc.");
    assertThat(rows.get(1).get(Column.PO_NUMBER)).isEqualTo("three\nmore\nlines");
  }

  @Test
  void lastRowWithoutLineBreakKeepsItsLine() {
    List<SourceRow> rows =
        rows(CANONICAL_HEADER + "\nA-1,Acme,,,EUR,10,0,2026-01-01,2026-01-31,\"x\ny\",");
    assertThat(rows).extracting(SourceRow::line).containsExactly(2L);
  }

  @Test
  void quickBooksReportTitlesAndTotalsAreNotInvoices() {
    String text =
        """
        Invoice List
        Demo Company
        "January 1 - November 25, 2026"

        Date,Transaction type,No.,Customer,Memo/Description,Due date,Amount,Open balance
        Acme Corp,,,,,,,
        11/02/2026,Invoice,1042,Acme Corp,,12/02/2026,"1,500.00",500.00
        Total for Acme Corp,,,,,,"$1,500.00",$500.00
        TOTAL,,,,,,"$1,500.00",$500.00


        "Wednesday, Nov 25, 2026 09:41:12 AM GMT-08:00"
        """;
    try (InvoiceFile file = InvoiceFile.open(new StringReader(text))) {
      assertThat(file.layout().format()).isEqualTo(SourceFormat.QUICKBOOKS_ONLINE);
      List<SourceRow> rows = drain(file.rows());
      assertThat(rows).extracting(SourceRow::line).containsExactly(7L);
      assertThat(rows.get(0).get(Column.INVOICE_NUMBER)).isEqualTo("1042");
      assertThat(rows.get(0).get(Column.AMOUNT_DUE)).isEqualTo("500.00");
    }
  }

  @Test
  void xeroLineItemsBecomeOneInvoice() {
    String text =
        """
        *ContactName,EmailAddress,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,Description,LineAmount,Currency,Status
        Acme,ap@acme.example,INV-1,PO 7,25/10/2026,24/11/2026,120.00,20.00,0.00,120.00,Widgets,60.00,GBP,Awaiting Payment
        Acme,ap@acme.example,INV-1,PO 7,25/10/2026,24/11/2026,120.00,20.00,0.00,120.00,Gadgets,40.00,GBP,Awaiting Payment
        Beta,,INV-2,,25 Oct 2026,24 Nov 2026,50.00,0.00,50.00,0.00,Service,50.00,GBP,Paid
        """;
    try (InvoiceFile file = InvoiceFile.open(new StringReader(text))) {
      assertThat(file.layout().format()).isEqualTo(SourceFormat.XERO);
      List<SourceRow> invoices = drain(new LineItems(file.rows()));
      assertThat(invoices).extracting(SourceRow::line).containsExactly(2L, 4L);
      assertThat(invoices)
          .extracting(row -> row.get(Column.INVOICE_NUMBER))
          .containsExactly("INV-1", "INV-2");
      assertThat(file.layout().label(Column.DUE_DATE)).isEqualTo("*DueDate");
    }
  }

  @Test
  void refusesAFileSeparatedBySemicolons() {
    assertThatThrownBy(
            () -> InvoiceFile.open(new StringReader("invoice_number;customer;total\nA;B;1\n")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("separated by ';'");
  }

  @Test
  void refusesAFileWithoutAKnownHeader() {
    assertThatThrownBy(() -> InvoiceFile.open(new StringReader("name,amount\nAcme,10\n")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("No recognisable header");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> InvoiceFile.open(new StringReader("\uFEFF\r\n\r\n")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("The file is empty.");
  }

  @Test
  void refusesAHeaderWithoutAmounts() {
    assertThatThrownBy(
            () ->
                InvoiceFile.open(
                    new StringReader("invoice_number,customer,currency,issue_date,due_date\n")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("no column for total");
  }

  private static List<SourceRow> rows(String text) {
    try (InvoiceFile file = InvoiceFile.open(new StringReader(text))) {
      return drain(file.rows());
    }
  }

  private static List<SourceRow> drain(Iterator<SourceRow> iterator) {
    List<SourceRow> rows = new ArrayList<>();
    iterator.forEachRemaining(rows::add);
    return rows;
  }
}
